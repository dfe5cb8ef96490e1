using System.Globalization;

namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>
/// Built-in valid files the fuzzer mutates and the tests start from: llama-shaped, with a
/// SentencePiece-style vocabulary (control tokens, 256 byte tokens, word pieces), scores and token types.
/// </summary>
internal static class GgufFuzzSeeds
{
    /// <summary>The seeds the fuzzer uses when given none: Q8_0 v3, and F16 v2 with a 64-byte alignment and every value type.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> BuiltIn() =>
    [
        ("llama-q8_0-v3", Llama(new GgufSeedShape()).Build()),
        ("llama-f16-v2-align64", WithEveryValueType(Llama(new GgufSeedShape(VocabularySize: 280, Weights: GgmlType.F16, Version: 2, Alignment: 64)), 64).Build()),
    ];

    /// <summary>A complete, valid llama file of the given shape, as a builder the caller may still change.</summary>
    public static GgufSeedBuilder Llama(GgufSeedShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var builder = new GgufSeedBuilder { Version = shape.Version, Alignment = shape.Alignment };
        builder
            .Add(GgufKeys.Architecture, GgufValue.FromString("llama"))
            .Add(GgufKeys.Name, GgufValue.FromString("fuzz-seed"))
            .Add(GgufKeys.ContextLength, GgufValue.FromUInt32(256))
            .Add(GgufKeys.EmbeddingLength, GgufValue.FromUInt32(shape.EmbeddingLength))
            .Add(GgufKeys.BlockCount, GgufValue.FromUInt32(shape.BlockCount))
            .Add(GgufKeys.FeedForwardLength, GgufValue.FromUInt32(shape.FeedForwardLength))
            .Add(GgufKeys.HeadCount, GgufValue.FromUInt32(shape.HeadCount))
            .Add(GgufKeys.HeadCountKv, GgufValue.FromUInt32(shape.HeadCountKv))
            .Add(GgufKeys.RmsEpsilon, GgufValue.FromFloat32(1e-5f))
            .Add(GgufKeys.RopeDimensionCount, GgufValue.FromUInt32(shape.EmbeddingLength / shape.HeadCount))
            .Add(GgufKeys.FileType, GgufValue.FromUInt32(shape.Weights == GgmlType.F16 ? 1u : 7u))
            .Add(GgufKeys.TokenizerModel, GgufValue.FromString("llama"))
            .Add(GgufKeys.Tokens, GgufValue.FromStrings(Vocabulary(shape.VocabularySize)))
            .Add(GgufKeys.Scores, GgufValue.FromFloat32s(Enumerable.Range(0, shape.VocabularySize).Select(id => -(float)id)))
            .Add(GgufKeys.TokenTypes, GgufValue.FromInt32s(Enumerable.Range(0, shape.VocabularySize).Select(TokenType)))
            .Add(GgufKeys.UnknownTokenId, GgufValue.FromUInt32(0))
            .Add(GgufKeys.BosTokenId, GgufValue.FromUInt32(1))
            .Add(GgufKeys.EosTokenId, GgufValue.FromUInt32(2))
            .Add(GgufKeys.Synthetic, GgufValue.FromBool(true));
        if (shape.Alignment != GgufFile.DefaultAlignment)
        {
            builder.Add(GgufKeys.Alignment, GgufValue.FromUInt32(shape.Alignment));
        }

        AddTensors(builder, shape);
        return builder;
    }

    /// <summary>Token texts in SentencePiece's layout: &lt;unk&gt;, &lt;s&gt;, &lt;/s&gt;, &lt;0x00&gt;..&lt;0xFF&gt;, then word pieces.</summary>
    public static IEnumerable<string> Vocabulary(int size)
    {
        string[] control = ["<unk>", "<s>", "</s>"];
        var bytes = Enumerable.Range(0, 256).Select(b => string.Create(CultureInfo.InvariantCulture, $"<0x{b:X2}>"));
        var pieces = Enumerable.Range(0, int.MaxValue).Select(WordPiece);
        return control.Concat(bytes).Concat(pieces).Take(size);
    }

    private static string WordPiece(int index)
    {
        // Distinct by construction: base-26 spelling of the index, with SentencePiece's word-start mark on odd ones.
        var letters = new System.Text.StringBuilder();
        for (var n = index; ; n = (n / 26) - 1)
        {
            letters.Insert(0, (char)('a' + (n % 26)));
            if (n < 26)
            {
                break;
            }
        }

        return index % 2 == 1 ? "\u2581" + letters : letters.ToString();
    }

    // SentencePiece token types as llama.cpp numbers them: 1 normal, 2 unknown, 3 control, 6 byte.
    private static int TokenType(int id) => id switch
    {
        0 => 2,
        1 or 2 => 3,
        < 259 => 6,
        _ => 1,
    };

    private static void AddTensors(GgufSeedBuilder builder, GgufSeedShape shape)
    {
        ulong embedding = shape.EmbeddingLength;
        var kvWidth = embedding / shape.HeadCount * shape.HeadCountKv;
        var vocabulary = (ulong)shape.VocabularySize;
        builder.AddTensor("token_embd.weight", shape.Weights, embedding, vocabulary);
        for (var block = 0; block < shape.BlockCount; block++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"blk.{block}.");
            builder
                .AddTensor(prefix + "attn_norm.weight", GgmlType.F32, embedding)
                .AddTensor(prefix + "attn_q.weight", shape.Weights, embedding, embedding)
                .AddTensor(prefix + "attn_k.weight", shape.Weights, embedding, kvWidth)
                .AddTensor(prefix + "attn_v.weight", shape.Weights, embedding, kvWidth)
                .AddTensor(prefix + "attn_output.weight", shape.Weights, embedding, embedding)
                .AddTensor(prefix + "ffn_norm.weight", GgmlType.F32, embedding)
                .AddTensor(prefix + "ffn_gate.weight", shape.Weights, embedding, shape.FeedForwardLength)
                .AddTensor(prefix + "ffn_down.weight", shape.Weights, shape.FeedForwardLength, embedding)
                .AddTensor(prefix + "ffn_up.weight", shape.Weights, embedding, shape.FeedForwardLength);
        }

        builder
            .AddTensor("output_norm.weight", GgmlType.F32, embedding)
            .AddTensor("output.weight", shape.Weights, embedding, vocabulary);
    }

    /// <summary>Adds one key of every scalar type and one array of every element type (all valid, none used by llama.cpp).</summary>
    private static GgufSeedBuilder WithEveryValueType(GgufSeedBuilder builder, int salt) => builder
        .Add("llama2validation.fuzz.u8", GgufValue.FromUInt8((byte)salt))
        .Add("llama2validation.fuzz.i8", GgufValue.FromInt8(-5))
        .Add("llama2validation.fuzz.u16", GgufValue.FromUInt16(65535))
        .Add("llama2validation.fuzz.i16", GgufValue.FromInt16(-300))
        .Add("llama2validation.fuzz.i32", GgufValue.FromInt32(-70000))
        .Add("llama2validation.fuzz.u64", GgufValue.FromUInt64(1UL << 40))
        .Add("llama2validation.fuzz.i64", GgufValue.FromInt64(-(1L << 40)))
        .Add("llama2validation.fuzz.f64", GgufValue.FromFloat64(Math.PI))
        .Add("llama2validation.fuzz.bool", GgufValue.FromBool(false))
        .Add("llama2validation.fuzz.u8s", GgufValue.FromArray(GgufValueArray.Of(new byte[] { 1, 2, 3 })))
        .Add("llama2validation.fuzz.i16s", GgufValue.FromArray(GgufValueArray.Of(new short[] { -1, 0, 1 })))
        .Add("llama2validation.fuzz.u32s", GgufValue.FromArray(GgufValueArray.Of(new uint[] { 7, 8 })))
        .Add("llama2validation.fuzz.u64s", GgufValue.FromArray(GgufValueArray.Of(new ulong[] { 1UL << 33 })))
        .Add("llama2validation.fuzz.f64s", GgufValue.FromArray(GgufValueArray.Of(new double[] { 0.5, -0.25 })))
        .Add("llama2validation.fuzz.bools", GgufValue.FromArray(GgufValueArray.Of(Enumerable.Range(0, 3).Select(i => i % 2 == 0).ToArray())))
        .Add("llama2validation.fuzz.empty", GgufValue.FromArray(GgufValueArray.Of(Array.Empty<string>())));
}
