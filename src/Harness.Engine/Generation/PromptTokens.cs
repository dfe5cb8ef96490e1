using System.Text;
using LLama;
using LLama.Native;
using Llama2Validation.Harness.Data;

namespace Llama2Validation.Engine.Generation;

/// <summary>Turns an example into the token ids the seed would have fed: BOS + prompt, never truncated.</summary>
internal static class PromptTokens
{
    public static LLamaToken[] For(Example example, LLamaWeights weights)
    {
        var bos = weights.Vocab.BOS ?? throw new InvalidOperationException("The model's vocabulary has no BOS token.");
        if (example.SyntheticPromptTokens is { } length)
        {
            return [.. SyntheticPromptIds.For(example.Id, length, (int)bos, weights.Vocab.Count).Select(id => (LLamaToken)id)];
        }

        var tokens = weights.Tokenize(example.Prompt, add_bos: true, special: false, Encoding.UTF8);

        // The seed always added BOS; a vocabulary that says add_bos=false must not silently drop it.
        return tokens.Length > 0 && tokens[0] == bos ? tokens : [bos, .. tokens];
    }
}
