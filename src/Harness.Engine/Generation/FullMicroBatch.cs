namespace Llama2Validation.Engine.Generation;

/// <summary>
/// Chooses the prompt tokens of one prompt-only decode call so that llama.cpp runs the call as a single,
/// as-full-as-possible micro-batch. With the KV cache split per sequence, llama.cpp cuts a call into
/// micro-batches of consecutive sequence ids that each give the SAME number of tokens, so a call of
/// ragged prompt chunks (n_batch tokens taken slot after slot) falls apart into many small micro-batches,
/// each of which reads every weight again. Here the call is shaped as llama.cpp will cut it: k consecutive
/// waiting slots, c tokens each, k × c ≤ n_ubatch, with k chosen to put the most tokens in.
/// </summary>
internal static class FullMicroBatch
{
    /// <summary>The waiting slots a call takes and how many prompt tokens each gives.</summary>
    /// <param name="FirstSlot">Index of the first slot, the lowest one with prompt tokens waiting.</param>
    /// <param name="Slots">How many consecutive slots, all waiting, from <paramref name="FirstSlot"/>.</param>
    /// <param name="TokensEach">Prompt tokens every one of them gives.</param>
    public readonly record struct Chunk(int FirstSlot, int Slots, int TokensEach)
    {
        public int Tokens => Slots * TokensEach;
    }

    /// <summary>
    /// The next chunk, or null when no slot has prompt tokens waiting. <paramref name="waiting"/> holds, per
    /// slot in sequence-id order, the prompt tokens it has still to submit (0: none).
    /// </summary>
    public static Chunk? Next(IReadOnlyList<int> waiting, int microBatch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(microBatch, 1);
        var first = 0;
        while (first < waiting.Count && waiting[first] <= 0)
        {
            first++;
        }

        if (first == waiting.Count)
        {
            return null;
        }

        // Starting at the lowest waiting slot keeps prompts finishing in admission order.
        Chunk? best = null;
        var fewest = int.MaxValue;
        for (var slots = 1; first + slots <= waiting.Count && slots <= microBatch; slots++)
        {
            var left = waiting[first + slots - 1];
            if (left <= 0)
            {
                break;
            }

            fewest = Math.Min(fewest, left);
            var chunk = new Chunk(first, slots, Math.Min(fewest, microBatch / slots));
            if (chunk.TokensEach == 0)
            {
                break;
            }

            if (best is null || chunk.Tokens > best.Value.Tokens)
            {
                best = chunk;
            }
        }

        return best;
    }
}
