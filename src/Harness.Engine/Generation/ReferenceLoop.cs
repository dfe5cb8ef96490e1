using System.Diagnostics;
using System.Numerics.Tensors;
using LLama;
using LLama.Native;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Engine.Generation;

/// <summary>
/// The yardstick for the harness's own cost: the plainest greedy loop LLamaSharp allows — decode the
/// prompt, then argmax and decode one token at a time, one document after another. No slots, no
/// scheduling, no per-step bookkeeping; it reports only what the harness's figures are compared on.
/// </summary>
internal sealed class ReferenceLoop(LLamaWeights weights, SafeLLamaContextHandle context, StrategySpec spec)
{
    private readonly LLamaBatch batch = new();

    public GenerationTotals Run(IReadOnlyList<Example> examples, Action<DocumentResult> onDocument, CancellationToken cancellationToken)
    {
        var limit = spec.ForceNewTokens ?? spec.MaxNewTokens;
        var endOfSequence = weights.Vocab.EOS ?? LLamaToken.InvalidToken;
        Decode([weights.Vocab.BOS ?? LLamaToken.InvalidToken]);
        context.MemoryClear();
        var started = Stopwatch.GetTimestamp();
        var cpuStarted = ThreadCpuClock.Now();
        foreach (var example in examples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var submitted = Stopwatch.GetTimestamp();
            var prompt = PromptTokens.For(example, weights);
            context.MemoryClear();
            Decode(prompt);
            var firstToken = Stopwatch.GetTimestamp();
            var output = new List<int>(limit);
            var position = prompt.Length;
            while (true)
            {
                var token = (LLamaToken)TensorPrimitives.IndexOfMax(context.GetLogitsIth(batch.TokenCount - 1));
                if (spec.ForceNewTokens is null && token == endOfSequence)
                {
                    break;
                }

                output.Add((int)token);
                if (output.Count == limit)
                {
                    break;
                }

                batch.Clear();
                batch.Add(token, position++, LLamaSeqId.Zero, logits: true);
                Check(context.Decode(batch));
            }

            var done = Stopwatch.GetTimestamp();
            onDocument(new DocumentResult
            {
                Id = example.Id,
                Outcome = DocumentOutcome.Ok,
                PromptTokens = prompt.Length,
                OutputTokens = output.Count,
                TimeToFirstTokenSeconds = Stopwatch.GetElapsedTime(submitted, firstToken).TotalSeconds,
                DecodeSeconds = Stopwatch.GetElapsedTime(firstToken, done).TotalSeconds,
                OutputTokenIds = output,
                Reference = example.Reference,
            });
        }

        return new GenerationTotals
        {
            GenerationSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds,
            GenerationCpuSeconds = (ThreadCpuClock.Now() - cpuStarted).TotalSeconds,
        };
    }

    private void Decode(LLamaToken[] tokens)
    {
        batch.Clear();
        for (var i = 0; i < tokens.Length; i++)
        {
            batch.Add(tokens[i], i, LLamaSeqId.Zero, logits: i == tokens.Length - 1);
        }

        Check(context.Decode(batch));
    }

    private void Check(DecodeResult result)
    {
        if (result != DecodeResult.Ok)
        {
            throw new LlamaDecodeException(result, batch.TokenCount, 1);
        }
    }
}
