using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Models.Weights;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Models;

public sealed class GgufWriterDeterminismTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-gguf-").FullName;

    [Theory]
    [InlineData(WeightType.F16)]
    [InlineData(WeightType.Q8_0)]
    [InlineData(WeightType.Q4_0)]
    public void SameSpec_WritesSameBytes_OtherSeed_Differs(WeightType type)
    {
        var spec = new SyntheticModelSpec(ModelShapes.Tiny, type, Seed: 7);
        var token = TestContext.Current.CancellationToken;

        var first = GgufWriter.Write(SyntheticModelPlanner.Plan(spec), Path.Combine(folder, "a.gguf"), token);
        var second = GgufWriter.Write(SyntheticModelPlanner.Plan(spec), Path.Combine(folder, "b.gguf"), token);
        var reseeded = GgufWriter.Write(SyntheticModelPlanner.Plan(spec with { Seed = 8 }), Path.Combine(folder, "c.gguf"), token);

        second.Sha256.Should().Be(first.Sha256);
        reseeded.Sha256.Should().NotBe(first.Sha256);
        reseeded.SizeBytes.Should().Be(first.SizeBytes);
    }

    [Fact]
    public void ReportedHashAndSize_AreThoseOfTheFileOnDisk()
    {
        var plan = SyntheticModelPlanner.Plan(new SyntheticModelSpec(ModelShapes.Tiny, WeightType.Q4_0));

        var written = GgufWriter.Write(plan, Path.Combine(folder, "tiny.gguf"), TestContext.Current.CancellationToken);

        using var stream = File.OpenRead(written.Path);
        Convert.ToHexStringLower(SHA256.HashData(stream)).Should().Be(written.Sha256);
        new FileInfo(written.Path).Length.Should().Be(written.SizeBytes).And.Be(GgufLayout.Compute(plan).FileSize);
        Directory.GetFiles(folder).Should().ContainSingle("the temporary file is renamed, not left behind");
    }

    [Fact]
    public void Header_IsGgufVersion3_WithAlignedTensorData()
    {
        var plan = SyntheticModelPlanner.Plan(new SyntheticModelSpec(ModelShapes.Tiny, WeightType.Q8_0));

        var layout = GgufLayout.Compute(plan);
        var header = layout.Header.Span;

        header[..4].ToArray().Should().Equal("GGUF"u8.ToArray());
        BinaryPrimitives.ReadUInt32LittleEndian(header[4..]).Should().Be(3u);
        BinaryPrimitives.ReadUInt64LittleEndian(header[8..]).Should().Be((ulong)plan.Tensors.Length);
        BinaryPrimitives.ReadUInt64LittleEndian(header[16..]).Should().Be((ulong)plan.Metadata.Length);
        layout.DataStart.Should().BeGreaterThanOrEqualTo(header.Length);
        layout.TensorOffsets.Select(offset => (layout.DataStart + offset) % GgufWritePlan.Alignment).Should().OnlyContain(rest => rest == 0);
    }

    [Fact]
    public void InvalidPlan_IsRefusedWithEveryProblem()
    {
        var content = new ConstantF32Content(1f);
        var plan = new GgufWritePlan(
            [new(GgufKeys.Name, GgufValue.FromString("a")), new(GgufKeys.Name, GgufValue.FromString("b"))],
            [new("x", [48, 2], GgmlType.Q8_0, content), new("x", [32], GgmlType.F32, content)]);

        plan.Validate().Should().HaveCount(3);
        var writing = () => GgufWriter.Write(plan, Path.Combine(folder, "bad.gguf"), TestContext.Current.CancellationToken);
        writing.Should().Throw<InvalidOperationException>().WithMessage("*appears 2 times*");
        File.Exists(Path.Combine(folder, "bad.gguf")).Should().BeFalse();
    }

    [Fact]
    public void GeneratedContent_DoesNotDependOnChunking()
    {
        var content = RandomQuantBlocks.Q4_0(CounterRandom.ForTensor(3, "blk.0.attn_q.weight"));
        var whole = new byte[18 * 100];
        content.Fill(0, whole);
        var pieces = new byte[whole.Length];
        content.Fill(18 * 40, pieces.AsSpan(18 * 40));
        content.Fill(0, pieces.AsSpan(0, 18 * 40));

        pieces.Should().Equal(whole);
        ImmutableArray.Create(whole).Distinct().Should().HaveCountGreaterThan(10, "the blocks are random, not a constant");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
