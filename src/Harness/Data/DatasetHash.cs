using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// SHA-256 over what a run actually feeds the model, in order: each example's id, its prompt (or its
/// synthetic prompt length) and its reference. Every field is length-prefixed, so no two different
/// datasets share an encoding, and nothing depends on file layout, JSON formatting or machine.
/// </summary>
public static class DatasetHash
{
    /// <summary>Changes whenever the canonical encoding changes, so old and new hashes never collide.</summary>
    private const string EncodingVersion = "l2v-dataset/1";

    public static string Compute(IEnumerable<Example> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendField(hash, EncodingVersion);
        foreach (var example in examples)
        {
            AppendField(hash, example.Id);
            if (example.SyntheticPromptTokens is { } tokens)
            {
                AppendField(hash, "synthetic-prompt-tokens");
                AppendField(hash, tokens.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                AppendField(hash, "prompt");
                AppendField(hash, example.Prompt);
            }

            AppendField(hash, example.Reference);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendField(IncrementalHash hash, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
