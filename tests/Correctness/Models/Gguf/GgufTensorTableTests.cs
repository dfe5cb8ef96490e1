using Llama2Validation.Harness.Models.Gguf;

namespace Llama2Validation.Tests.Correctness.Models.Gguf;

/// <summary>Tensor tables that would make llama.cpp read out of bounds, divide by zero or refuse the file.</summary>
public sealed class GgufTensorTableTests
{
    [Fact]
    public void DuplicateTensorNames_AreRefused()
    {
        var bytes = GgufTestFiles.Minimal().AddTensor("w", GgmlType.F32, 8).AddTensor("w", GgmlType.F32, 8).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.DuplicateTensorName).Detail.Should().Contain("'w'");
    }

    [Fact]
    public void UnknownTensorType_IsRefused()
    {
        var bytes = GgufTestFiles.Minimal().AddTensor("w", 99, [8], offset: null).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.UnknownTensorType).Detail.Should().Contain("type 99");
    }

    [Fact]
    public void NoDimensions_AreRefused()
    {
        var bytes = GgufTestFiles.Minimal().AddTensor("scalar", GgmlType.F32).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.NoDimensions);
    }

    [Fact]
    public void ZeroDimension_IsRefused()
    {
        var bytes = GgufTestFiles.Minimal().AddTensor("empty", GgmlType.F32, 8, 0).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.ZeroDimension);
    }

    [Fact]
    public void DimensionProductOverflow_IsRefused()
    {
        var bytes = GgufTestFiles.Minimal().AddTensor("huge", GgmlType.F32, 1UL << 40, 1UL << 40).Build();

        var result = GgufTestFiles.Inspect(bytes);

        result.ShouldBeRefusedFor(GgufValidationProblemKind.ElementCountOverflow).Detail.Should().Contain("'huge'");
        result.File!.Tensors[0].TryGetElementCount(out _).Should().BeFalse();
        result.File.Tensors[0].Invoking(t => t.ElementCount).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void RowNotAMultipleOfTheBlockSize_IsRefused()
    {
        var bytes = GgufTestFiles.Minimal().AddTensor("q", GgmlType.Q8_0, 33, 2).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.RowNotBlockMultiple).Detail.Should().Contain("33").And.Contain("32");
    }

    [Fact]
    public void MisalignedOffset_IsRefused()
    {
        var bytes = GgufTestFiles.Minimal().AddTensor("w", (uint)GgmlType.F32, [8], offset: 8).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.MisalignedTensorOffset).Detail.Should().Contain("offset 8");
    }

    [Theory]
    [InlineData(1UL << 20)]
    [InlineData(ulong.MaxValue - 31)]
    public void OffsetPastTheEnd_IsRefused(ulong offset)
    {
        var bytes = GgufTestFiles.Minimal(dataLength: 64).AddTensor("w", (uint)GgmlType.F32, [8], offset).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.TensorPastEndOfFile).Detail.Should().Contain("past the end");
    }

    [Fact]
    public void DataExtendingPastTheEnd_IsRefused()
    {
        var bytes = GgufTestFiles.Minimal(dataLength: 100).AddTensor("w", GgmlType.F32, 64).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.TensorPastEndOfFile).Detail.Should().Contain("256 bytes");
    }

    [Fact]
    public void OverlappingTensors_AreRefused()
    {
        var bytes = GgufTestFiles.Minimal()
            .AddTensor("a", (uint)GgmlType.F32, [64], offset: 0)
            .AddTensor("b", (uint)GgmlType.F32, [8], offset: 128)
            .Build();

        var problem = GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.OverlappingTensors);

        problem.Detail.Should().Contain("'a'").And.Contain("'b'");
    }

    [Fact]
    public void GapBetweenTensors_IsRefused_BecauseLlamaCppRequiresThemPacked()
    {
        var bytes = GgufTestFiles.Minimal()
            .AddTensor("a", (uint)GgmlType.F32, [8], offset: 0)
            .AddTensor("b", (uint)GgmlType.F32, [8], offset: 64)
            .Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.UnexpectedTensorOffset).Detail.Should().Contain("'b'").And.Contain("32");
    }

    [Theory]
    [InlineData(48u, "power of two")]
    [InlineData(0u, "power of two")]
    public void AlignmentThatIsNotAPowerOfTwo_IsRefused(uint alignment, string reason)
    {
        var bytes = GgufTestFiles.Minimal().Add(GgufKeys.Alignment, GgufValue.FromUInt32(alignment)).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.InvalidAlignment).Detail.Should().Contain(reason);
    }

    [Fact]
    public void AlignmentOfTheWrongType_IsRefused_BecauseLlamaCppAbortsOnIt()
    {
        var bytes = GgufTestFiles.Minimal().Add(GgufKeys.Alignment, GgufValue.FromUInt64(32)).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.InvalidAlignment).Detail.Should().Contain("UInt64");
    }

    [Fact]
    public void EveryProblem_IsReported_NotOnlyTheFirst()
    {
        var bytes = GgufTestFiles.Minimal()
            .Add("dup", GgufValue.FromUInt8(1))
            .Add("dup", GgufValue.FromUInt8(2))
            .AddTensor("unknown", 99, [8], offset: 0)
            .AddTensor("misaligned", (uint)GgmlType.F32, [8], offset: 33)
            .AddTensor("unknown", (uint)GgmlType.Q4_0, [31], offset: 64)
            .Build();

        var result = GgufTestFiles.Inspect(bytes);

        result.Problems.Select(p => p.Kind).Should().Contain(
        [
            GgufValidationProblemKind.DuplicateKey, GgufValidationProblemKind.UnknownTensorType, GgufValidationProblemKind.MisalignedTensorOffset,
            GgufValidationProblemKind.DuplicateTensorName, GgufValidationProblemKind.RowNotBlockMultiple,
        ]);
        result.Invoking(r => r.EnsureValid()).Should().Throw<GgufValidationException>()
            .Which.Message.Should().Contain(GgufTestFiles.Source).And.Contain($"({result.Problems.Count} problems)");
    }
}
