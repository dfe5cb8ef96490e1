using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LLama.Native;

namespace Llama2Validation.Engine.Generation;

/// <summary>
/// Greedy picks for every sequence that asked for logits in the last decode. The GPU waits for these
/// tokens before it can run the next step, and 100 sequences × 32,000 logits is a few milliseconds of
/// one core, so many rows are scanned across cores; the pick itself (first maximum) is the same either way.
/// </summary>
internal static unsafe class GreedyTokens
{
    /// <summary>Below this many rows the thread hand-off costs more than it saves.</summary>
    private const int ParallelFrom = 8;

    public static LLamaToken[] Pick(SafeLLamaContextHandle context, IReadOnlyList<int> logitIndices)
    {
        // Row addresses are taken one by one on this thread: the first call waits for the decode to finish.
        var rows = new nint[logitIndices.Count];
        var vocabulary = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var logits = context.GetLogitsIth(logitIndices[i]);
            vocabulary = logits.Length;
            rows[i] = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetReference(logits));
        }

        var tokens = new LLamaToken[rows.Length];
        if (rows.Length < ParallelFrom)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                tokens[i] = ArgMax(rows[i], vocabulary);
            }
        }
        else
        {
            Parallel.For(0, rows.Length, i => tokens[i] = ArgMax(rows[i], vocabulary));
        }

        return tokens;
    }

    private static LLamaToken ArgMax(nint row, int vocabulary) =>
        (LLamaToken)TensorPrimitives.IndexOfMax(new ReadOnlySpan<float>((void*)row, vocabulary));
}
