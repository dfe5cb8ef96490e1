using System.Text;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// The token ids of a synthetic prompt (<see cref="Example.SyntheticPromptTokens"/>): BOS, then ids
/// drawn from the vocabulary with a seed taken from the example id. One definition for the in-process
/// engine and for endpoint runs, which send the same ids as a token-id prompt, so both see the same prompt.
/// </summary>
public static class SyntheticPromptIds
{
    /// <summary>
    /// Ids below this are control and byte-fallback tokens in a SentencePiece Llama vocabulary
    /// (3 specials + 256 bytes); synthetic prompts draw from ordinary pieces above it.
    /// </summary>
    public const int FirstOrdinaryToken = 259;

    /// <summary>A deterministic prompt of exactly <paramref name="length"/> tokens (BOS included), seeded by <paramref name="id"/>.</summary>
    public static int[] For(string id, int length, int bos, int vocabularySize)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (length < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"Synthetic prompt '{id}' needs at least one token.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(vocabularySize);
        var first = vocabularySize > FirstOrdinaryToken * 2 ? FirstOrdinaryToken : 0;
        var random = new Random(StableSeed(id));
        var tokens = new int[length];
        tokens[0] = bos;
        for (var i = 1; i < length; i++)
        {
            tokens[i] = random.Next(first, vocabularySize);
        }

        return tokens;
    }

    private static int StableSeed(string id)
    {
        // string.GetHashCode is randomised per process; prompts must be identical across runs and machines.
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return unchecked((int)hash);
    }
}
