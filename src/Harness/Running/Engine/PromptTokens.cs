using System.Text;
using Llama2Validation.Harness.Data;
using LLama;
using LLama.Native;

namespace Llama2Validation.Harness.Running.Engine;

/// <summary>Turns an example into the token ids the seed would have fed: BOS + prompt, never truncated.</summary>
internal static class PromptTokens
{
    /// <summary>
    /// Ids below this are control and byte-fallback tokens in a SentencePiece Llama vocabulary
    /// (3 specials + 256 bytes); synthetic prompts draw from ordinary pieces above it.
    /// </summary>
    private const int FirstOrdinaryToken = 259;

    public static LLamaToken[] For(Example example, LLamaWeights weights)
    {
        var bos = weights.Vocab.BOS ?? throw new InvalidOperationException("The model's vocabulary has no BOS token.");
        if (example.SyntheticPromptTokens is { } length)
        {
            return Synthetic(example.Id, length, bos, weights.Vocab.Count);
        }

        var tokens = weights.Tokenize(example.Prompt, add_bos: true, special: false, Encoding.UTF8);

        // The seed always added BOS; a vocabulary that says add_bos=false must not silently drop it.
        return tokens.Length > 0 && tokens[0] == bos ? tokens : [bos, .. tokens];
    }

    /// <summary>A deterministic prompt of exactly <paramref name="length"/> tokens (BOS included), seeded by the example id.</summary>
    private static LLamaToken[] Synthetic(string id, int length, LLamaToken bos, int vocabularySize)
    {
        if (length < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"Synthetic prompt '{id}' needs at least one token.");
        }

        var first = vocabularySize > FirstOrdinaryToken * 2 ? FirstOrdinaryToken : 0;
        var random = new Random(StableSeed(id));
        var tokens = new LLamaToken[length];
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
