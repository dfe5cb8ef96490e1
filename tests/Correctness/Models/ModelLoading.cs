using LLama;
using LLama.Common;
using LLama.Native;
using LLama.Sampling;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>Loads a model the way the CPU runs do and generates greedily through LLamaSharp's batch API.</summary>
internal static class ModelLoading
{
    public static ModelParams Parameters(string path) => new(path) { ContextSize = 1024, Threads = 2, BatchThreads = 2, GpuLayerCount = 0 };

    /// <summary>Greedy continuation of <paramref name="prompt"/>; also checks every logit it samples from is finite.</summary>
    public static IReadOnlyList<int> Greedy(LLamaWeights weights, string prompt, int count)
    {
        // Creating a context reads only the context settings; the model path is not used again.
        using var context = weights.CreateContext(Parameters(string.Empty));
        using var sampler = new GreedySamplingPipeline();
        var batch = new LLamaBatch();
        var tokens = context.Tokenize(prompt, addBos: true, special: false);
        for (var index = 0; index < tokens.Length; index++)
        {
            batch.Add(tokens[index], index, LLamaSeqId.Zero, logits: index == tokens.Length - 1);
        }

        var generated = new List<int>();
        var position = tokens.Length;
        while (true)
        {
            var result = context.Decode(batch);
            if (result != DecodeResult.Ok)
            {
                throw new InvalidOperationException($"llama_decode failed: {result}.");
            }

            var logits = context.NativeHandle.GetLogitsIth(batch.TokenCount - 1);
            foreach (var logit in logits)
            {
                if (!float.IsFinite(logit))
                {
                    throw new InvalidOperationException("The model produced a non-finite logit.");
                }
            }

            var next = sampler.Sample(context.NativeHandle, batch.TokenCount - 1);
            generated.Add((int)next);
            if (generated.Count == count)
            {
                return generated;
            }

            batch.Clear();
            batch.Add(next, position++, LLamaSeqId.Zero, logits: true);
        }
    }
}
