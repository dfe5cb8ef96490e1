using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Tools.GgufFuzzing;

namespace Llama2Validation.Tests.Correctness.Models.Gguf;

public sealed class GgufReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-gguf-").FullName;

    [Fact]
    public void ValidLlamaFile_ReadsBackExactMetadata()
    {
        var file = GgufTestFiles.Inspect(GgufTestFiles.ValidLlama()).EnsureValid();

        file.Version.Should().Be(3);
        file.Architecture.Should().Be("llama");
        var metadata = file.Metadata;
        metadata.GetUInt32(GgufKeys.EmbeddingLength).Should().Be(32);
        metadata.GetUInt32(GgufKeys.BlockCount).Should().Be(2);
        metadata.GetUInt32(GgufKeys.HeadCount).Should().Be(4);
        metadata.GetUInt32(GgufKeys.HeadCountKv).Should().Be(2);
        metadata.GetUInt32(GgufKeys.ContextLength).Should().Be(256);
        metadata.GetFloat32(GgufKeys.RmsEpsilon).Should().Be(1e-5f);
        metadata.GetBool(GgufKeys.Synthetic).Should().BeTrue();
        metadata.GetString(GgufKeys.TokenizerModel).Should().Be("llama");
        metadata.Get(GgufKeys.BosTokenId).Type.Should().Be(GgufValueType.UInt32);

        var tokens = metadata.GetStringArray(GgufKeys.Tokens);
        tokens.Should().HaveCount(300).And.OnlyHaveUniqueItems();
        tokens.Take(4).Should().Equal("<unk>", "<s>", "</s>", "<0x00>");
        tokens[258].Should().Be("<0xFF>");
        tokens[260].Should().Be("\u2581b");
        metadata.GetFloat32Array(GgufKeys.Scores).Should().HaveCount(300).And.HaveElementAt(7, -7f);
        metadata.GetInt32Array(GgufKeys.TokenTypes).Take(4).Should().Equal(2, 3, 3, 6);
        metadata.Entries.Select(e => e.Key).Should().StartWith([GgufKeys.Architecture, GgufKeys.Name]);
    }

    [Fact]
    public void ValidLlamaFile_ReadsBackExactTensorTable()
    {
        var bytes = GgufTestFiles.ValidLlama();
        var file = GgufTestFiles.Inspect(bytes).EnsureValid();

        file.Tensors.Should().HaveCount(1 + (2 * 9) + 2);
        file.DataOffset.Should().BeGreaterThan(0);
        (file.DataOffset % 32).Should().Be(0);
        file.FileLength.Should().Be(bytes.Length);

        var embedding = file.FindTensor("token_embd.weight")!;
        embedding.Type.Should().Be(GgmlType.Q8_0);
        embedding.Shape.Should().Equal(32UL, 300UL);
        embedding.ElementCount.Should().Be(9600);
        embedding.ByteSize.Should().Be(9600 / 32 * 34);
        embedding.Offset.Should().Be(0);
        embedding.AbsoluteOffset.Should().Be(file.DataOffset);

        var norm = file.FindTensor("blk.0.attn_norm.weight")!;
        norm.Type.Should().Be(GgmlType.F32);
        norm.Shape.Should().Equal(32UL);
        norm.ByteSize.Should().Be(128);
        norm.Offset.Should().Be(10208, "token_embd's 10200 bytes, padded to 32");

        var key = file.FindTensor("blk.1.attn_k.weight")!;
        key.Shape.Should().Equal(32UL, 16UL);

        var last = file.Tensors[^1];
        last.Name.Should().Be("output.weight");
        (last.AbsoluteOffset + last.ByteSize).Should().Be(file.FileLength);
        file.TensorDataBytes.Should().Be(file.Tensors.Sum(t => t.ByteSize));
    }

    [Fact]
    public void Version2File_WithEveryValueTypeAndCustomAlignment_ReadsBack()
    {
        var (_, bytes) = GgufFuzzSeeds.BuiltIn().Single(seed => seed.Name.Contains("v2", StringComparison.Ordinal));
        var file = GgufTestFiles.Inspect(bytes).EnsureValid();

        file.Version.Should().Be(2);
        file.Alignment.Should().Be(64);
        (file.DataOffset % 64).Should().Be(0);
        file.Tensors.Should().OnlyContain(t => t.Offset % 64 == 0);
        var metadata = file.Metadata;
        metadata.Get("llama2validation.fuzz.i8").Value.Should().Be((sbyte)-5);
        metadata.Get("llama2validation.fuzz.u16").Value.Should().Be((ushort)65535);
        metadata.Get("llama2validation.fuzz.i16").Value.Should().Be((short)-300);
        metadata.Get("llama2validation.fuzz.i32").Value.Should().Be(-70000);
        metadata.GetUInt64("llama2validation.fuzz.u64").Should().Be(1UL << 40);
        metadata.GetInt64("llama2validation.fuzz.i64").Should().Be(-(1L << 40));
        metadata.GetDouble("llama2validation.fuzz.f64").Should().Be(Math.PI);
        metadata.GetBool("llama2validation.fuzz.bool").Should().BeFalse();
        ((byte[])metadata.GetArray("llama2validation.fuzz.u8s").Items).Should().Equal(new byte[] { 1, 2, 3 });
        ((short[])metadata.GetArray("llama2validation.fuzz.i16s").Items).Should().Equal(new short[] { -1, 0, 1 });
        metadata.GetArray("llama2validation.fuzz.u32s").AsUInt32s().Should().Equal(7u, 8u);
        ((ulong[])metadata.GetArray("llama2validation.fuzz.u64s").Items).Should().Equal(new[] { 1UL << 33 });
        ((double[])metadata.GetArray("llama2validation.fuzz.f64s").Items).Should().Equal(new[] { 0.5, -0.25 });
        ((bool[])metadata.GetArray("llama2validation.fuzz.bools").Items).Should().Equal(new[] { true, false, true });
        metadata.GetArray("llama2validation.fuzz.empty").Count.Should().Be(0);
        file.FindTensor("token_embd.weight")!.ByteSize.Should().Be(32 * 280 * 2);
    }

    [Fact]
    public void TypedGetters_WidenIntegers_AndNameTheKeyWhenTheTypeIsWrong()
    {
        var file = GgufTestFiles.Inspect(GgufTestFiles.ValidLlama()).EnsureValid();

        file.Metadata.GetUInt64(GgufKeys.BlockCount).Should().Be(2);
        file.Metadata.TryGetUInt32("no.such.key", out _).Should().BeFalse();
        file.Invoking(f => f.Metadata.GetUInt32(GgufKeys.Name)).Should().Throw<InvalidOperationException>().WithMessage("*general.name*");
        file.Invoking(f => f.Metadata.GetString("no.such.key")).Should().Throw<KeyNotFoundException>().WithMessage("*no.such.key*");
        file.Invoking(f => f.Metadata.GetInt32Array(GgufKeys.Scores)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void NestedArrays_AreRead_ButRefusedBecauseLlamaCppDoesNotReadThem()
    {
        var inner = GgufValueArray.Of([GgufValueArray.Of(new uint[] { 1, 2 }), GgufValueArray.Of(["a", "b", "c"])]);
        var bytes = GgufTestFiles.Minimal().Add("nested", GgufValue.FromArray(inner)).Build();

        var result = GgufTestFiles.Inspect(bytes);

        result.File.Should().NotBeNull();
        var read = result.File!.Metadata.GetArray("nested").AsArrays()!;
        read[0].AsUInt32s().Should().Equal(1u, 2u);
        read[1].AsStrings().Should().Equal("a", "b", "c");
        result.ShouldBeRefusedFor(GgufValidationProblemKind.NestedArray).Detail.Should().Contain("'nested'");
    }

    [Fact]
    public void FileOnDisk_IsReadAndValidated_AndARefusalNamesThePath()
    {
        var good = Path.Combine(folder, "good.gguf");
        File.WriteAllBytes(good, GgufTestFiles.ValidLlama());
        GgufReader.ReadAndValidate(good).Tensors.Should().HaveCount(21);

        var bad = Path.Combine(folder, "bad.gguf");
        File.WriteAllBytes(bad, GgufTestFiles.ValidLlama()[..20]);
        var refusal = FluentActions.Invoking(() => GgufReader.ReadAndValidate(bad)).Should().Throw<GgufValidationException>().Which;
        refusal.FileName.Should().Be(bad);
        refusal.Message.Should().Contain(bad).And.Contain(nameof(GgufValidationProblemKind.Truncated));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
