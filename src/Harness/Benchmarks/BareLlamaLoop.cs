using System.Diagnostics;
using System.Numerics.Tensors;
using System.Text;
using Llama2Validation.Harness.Data;
using LLama;
using LLama.Common;
using LLama.Native;

namespace Llama2Validation.Harness.Benchmarks;

/// <summary>
/// The reference the harness is measured against: the plainest greedy loop LLamaSharp allows, in this
/// process — tokenize, decode the prompt, then argmax and decode one token at a time. No worker, no
/// streaming, no bookkeeping.
/// </summary>
internal static class BareLlamaLoop
{
    public static BenchFigures Run(string modelPath, IReadOnlyList<Example> examples, int newTokens, int threads)
    {
        var parameters = new ModelParams(modelPath) { ContextSize = 1024, GpuLayerCount = 0, Threads = threads, BatchThreads = threads, FlashAttention = false, BatchSize = 512, UBatchSize = 512 };
        using var weights = LLamaWeights.LoadFromFile(parameters);
        using var context = weights.CreateContext(parameters);
        var handle = context.NativeHandle;
        var batch = new LLamaBatch();
        long decodeTicks = 0, generated = 0;
        var started = Stopwatch.GetTimestamp();
        foreach (var example in examples)
        {
            handle.MemoryClear();
            var prompt = weights.Tokenize(example.Prompt, add_bos: true, special: false, Encoding.UTF8);
            batch.Clear();
            batch.AddRange(prompt, 0, LLamaSeqId.Zero, logitsLast: true);
            Decode(handle, batch);
            var position = prompt.Length;
            var firstTokenAt = Stopwatch.GetTimestamp();
            for (var i = 0; i < newTokens; i++)
            {
                var token = (LLamaToken)TensorPrimitives.IndexOfMax(handle.GetLogitsIth(batch.TokenCount - 1));
                generated++;
                if (i == newTokens - 1)
                {
                    break;
                }

                batch.Clear();
                batch.Add(token, position++, LLamaSeqId.Zero, logits: true);
                Decode(handle, batch);
            }

            decodeTicks += Stopwatch.GetTimestamp() - firstTokenAt;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new BenchFigures(examples.Count / seconds, generated / ((double)decodeTicks / Stopwatch.Frequency));
    }

    private static void Decode(SafeLLamaContextHandle handle, LLamaBatch batch)
    {
        var result = handle.Decode(batch);
        if (result != DecodeResult.Ok)
        {
            throw new InvalidOperationException($"llama_decode returned {result}");
        }
    }
}
