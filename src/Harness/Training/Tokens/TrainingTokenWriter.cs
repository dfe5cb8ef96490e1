using System.Buffers.Binary;
using System.Security.Cryptography;
using Llama2Validation.Harness.Data;

namespace Llama2Validation.Harness.Training.Tokens;

/// <summary>
/// Turns examples into the token ids a summariser is trained on: the prompt exactly as the engine feeds
/// it (BOS + <see cref="Example.Prompt"/>), then the reference summary and EOS, which is what greedy
/// generation should produce and where it should stop.
/// </summary>
public static class TrainingTokenWriter
{
    public static TokenizedSplit Write(IEnumerable<Example> examples, TrainingTokenizer tokenizer, string folder, string name)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(tokenizer);
        if (tokenizer.VocabularySize > ushort.MaxValue + 1)
        {
            throw new ArgumentException($"A vocabulary of {tokenizer.VocabularySize} does not fit uint16 ids.", nameof(tokenizer));
        }

        Directory.CreateDirectory(folder);
        var tokensPath = Path.Combine(folder, $"{name}.tokens.u16");
        var indexPath = Path.Combine(folder, $"{name}.index.i32");
        var (count, total, longest) = (0, 0L, 0);
        using (var tokens = new BufferedStream(File.Create(tokensPath)))
        using (var index = new BufferedStream(File.Create(indexPath)))
        {
            Span<byte> word = stackalloc byte[4];
            foreach (var example in examples)
            {
                var prompt = WithBos(tokenizer.Tokenize(example.Prompt, true), tokenizer.BosId);
                var summary = tokenizer.Tokenize(example.Reference, false);
                var ids = prompt.Concat(summary).Append(tokenizer.EosId).ToList();
                foreach (var id in new[] { (int)total, prompt.Count, ids.Count })
                {
                    BinaryPrimitives.WriteInt32LittleEndian(word, id);
                    index.Write(word);
                }

                foreach (var id in ids)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(word, checked((ushort)id));
                    tokens.Write(word[..2]);
                }

                (count, total, longest) = (count + 1, total + ids.Count, Math.Max(longest, ids.Count));
            }
        }

        return new TokenizedSplit(name, count, total, longest, Path.GetFileName(tokensPath), Sha256(tokensPath), Path.GetFileName(indexPath), Sha256(indexPath));
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The engine adds BOS when the vocabulary does not; so must the training data.</summary>
    private static List<int> WithBos(IReadOnlyList<int> ids, int bos) =>
        ids.Count > 0 && ids[0] == bos ? [.. ids] : [bos, .. ids];
}
