using Llama2Validation.Harness.Models.Gguf;

namespace Llama2Validation.Tests.Correctness.Models.Gguf;

/// <summary>Headers whose structure lies: each is refused with a named problem and without allocating what it claims.</summary>
public sealed class GgufHostileStructureTests
{
    private static readonly byte[] Valid = GgufTestFiles.ValidLlama();

    public static TheoryData<string> TruncationPoints => ["empty", "inside magic", "inside version", "inside counts", "inside first key", "inside vocabulary", "inside tensor table", "inside tensor data", "one byte short"];

    [Theory]
    [MemberData(nameof(TruncationPoints))]
    public void TruncatedFile_IsRefused_WithTheFileNamed(string where)
    {
        var file = GgufTestFiles.Inspect(Valid).File!;
        var length = where switch
        {
            "empty" => 0,
            "inside magic" => 3,
            "inside version" => 6,
            "inside counts" => 20,
            "inside first key" => 30,
            "inside vocabulary" => (int)GgufTestFiles.ValueOffset(Valid, GgufKeys.Tokens) + 500,
            "inside tensor table" => (int)file.DataOffset - 40,
            "inside tensor data" => (int)file.DataOffset + 1000,
            _ => Valid.Length - 1,
        };

        var result = GgufTestFiles.Inspect(Valid[..length]);

        var expected = length switch
        {
            < 4 => GgufValidationProblemKind.BadMagic,
            _ when length > file.DataOffset => GgufValidationProblemKind.TensorPastEndOfFile,
            _ => result.Problems[0].Kind,
        };
        result.ShouldBeRefusedFor(expected);
        if (length is >= 4 and < 24)
        {
            result.Problems.Should().ContainSingle().Which.Kind.Should().Be(GgufValidationProblemKind.Truncated);
        }

        if (length > file.DataOffset)
        {
            result.Problems.Should().OnlyContain(p => p.Kind == GgufValidationProblemKind.TensorPastEndOfFile);
        }
        else
        {
            result.File.Should().BeNull("a header cut short cannot be followed to its end");
            result.Problems.Should().ContainSingle().Which.Kind.Should().BeOneOf(
                GgufValidationProblemKind.BadMagic, GgufValidationProblemKind.Truncated, GgufValidationProblemKind.StringTooLong,
                GgufValidationProblemKind.ArrayTooLong, GgufValidationProblemKind.CountTooLarge);
        }
    }

    [Fact]
    public void CorruptedMagic_IsRefused()
    {
        var bytes = (byte[])Valid.Clone();
        bytes[0] = (byte)'X';

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.BadMagic).Detail.Should().Contain("58475546");
    }

    [Theory]
    [InlineData(0u, "does not exist")]
    [InlineData(1u, "version 1")]
    [InlineData(4u, "newer")]
    [InlineData(0x0300_0000u, "big-endian")]
    public void UnsupportedVersion_IsRefused(uint version, string reason)
    {
        var bytes = GgufTestFiles.Patch32(Valid, 4, version);

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.UnsupportedVersion).Detail.Should().Contain(reason);
    }

    [Theory]
    [InlineData(16, 1UL << 60)]
    [InlineData(8, 1UL << 63)]
    [InlineData(8, ulong.MaxValue)]
    [InlineData(16, 1_000_000UL)]
    public void AbsurdCounts_AreRefused_WithoutAllocatingForThem(int countOffset, ulong count)
    {
        var bytes = GgufTestFiles.Patch(Valid, countOffset, count);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = GgufTestFiles.Inspect(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.ShouldBeRefusedFor(GgufValidationProblemKind.CountTooLarge).Detail.Should().Contain(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        allocated.Should().BeLessThan(1 << 20);
    }

    [Theory]
    [InlineData(1UL << 63)]
    [InlineData(ulong.MaxValue)]
    [InlineData(100_000UL)]
    public void KeyLengthPastTheEnd_IsRefused(ulong length)
    {
        var bytes = GgufTestFiles.Patch(Valid, 24, length);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = GgufTestFiles.Inspect(bytes);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(1 << 20);

        result.ShouldBeRefusedFor(GgufValidationProblemKind.StringTooLong).Offset.Should().Be(24);
    }

    [Fact]
    public void StringValueOnePastTheEnd_IsRefused()
    {
        var offset = GgufTestFiles.ValueOffset(Valid, GgufKeys.Name);
        var bytes = GgufTestFiles.Patch(Valid, offset, (ulong)(Valid.Length - offset - 8 + 1));

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.StringTooLong).Detail.Should().Contain("'general.name'");
    }

    [Fact]
    public void VocabularyCountPastTheEnd_IsRefused_WithoutAllocatingForIt()
    {
        var countOffset = GgufTestFiles.ValueOffset(Valid, GgufKeys.Tokens) + 4;
        var bytes = GgufTestFiles.Patch(Valid, countOffset, 1UL << 62);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = GgufTestFiles.Inspect(bytes);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(1 << 20);

        result.ShouldBeRefusedFor(GgufValidationProblemKind.ArrayTooLong).Detail.Should().Contain(GgufKeys.Tokens);
    }

    [Fact]
    public void UnknownValueType_IsRefused()
    {
        var typeOffset = GgufTestFiles.ValueOffset(Valid, GgufKeys.BlockCount) - 4;
        var bytes = GgufTestFiles.Patch32(Valid, typeOffset, 13);

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.UnknownValueType).Detail.Should().Contain("13");
    }

    [Fact]
    public void ArraysNestedTooDeep_AreRefused()
    {
        var deep = GgufValueArray.Of(new uint[] { 1 });
        for (var level = 0; level < 5; level++)
        {
            deep = GgufValueArray.Of([deep]);
        }

        var bytes = GgufTestFiles.Minimal().Add("deep", GgufValue.FromArray(deep)).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.ArrayNestedTooDeep);
    }

    [Fact]
    public void InvalidUtf8InAKey_IsRefused_AndReadingGoesOn()
    {
        byte[] key = [.. "bad."u8, 0xC3, 0x28, .. "key"u8];
        var bytes = GgufTestFiles.LlamaBuilder().AddWithRawKey(key, GgufValue.FromUInt32(1)).Build();

        var result = GgufTestFiles.Inspect(bytes);

        result.ShouldBeRefusedFor(GgufValidationProblemKind.InvalidUtf8).Detail.Should().Contain("UTF-8");
        result.File.Should().NotBeNull();
        result.Problems.Should().ContainSingle();
    }

    [Fact]
    public void DuplicateKeys_AreRefused()
    {
        var bytes = GgufTestFiles.LlamaBuilder().Add(GgufKeys.BlockCount, GgufValue.FromUInt32(3)).Build();

        var result = GgufTestFiles.Inspect(bytes);

        result.ShouldBeRefusedFor(GgufValidationProblemKind.DuplicateKey).Detail.Should().Contain(GgufKeys.BlockCount);
        result.File!.Metadata.GetUInt32(GgufKeys.BlockCount).Should().Be(2, "lookups answer with the first entry");
    }

    [Fact]
    public void TooManyDimensions_AreRefused()
    {
        var bytes = GgufTestFiles.Minimal().AddTensor("five", GgmlType.F32, 1, 1, 1, 1, 1).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.TooManyDimensions).Detail.Should().Contain("'five'");
    }

    [Fact]
    public void DeclaringMoreEntriesThanWritten_IsRefused()
    {
        var builder = new Tools.GgufFuzzing.GgufSeedBuilder { DeclaredMetadataCount = 2 }
            .Add(GgufKeys.Architecture, GgufValue.FromString("test"))
            .AddTensor("weights", GgmlType.F32, 64, 64);

        var result = GgufTestFiles.Inspect(builder.Build());

        result.IsValid.Should().BeFalse();
        result.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Source == GgufTestFiles.Source);
    }
}
