using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Memory;

/// <summary>
/// The memory model's expectations must equal the approved ones for every class × strategy. A change to
/// the model (or to llama.cpp's sizing it follows) writes a received file beside the verified one and fails
/// here with the diff, until a person approves it (l2v approve --kind memory).
/// </summary>
public sealed class MemoryExpectationApprovalTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var memoryClass in MemoryClasses.All)
        {
            foreach (var strategy in StrategyCatalog.InProcess)
            {
                cases.Add(memoryClass.Label, strategy.Name);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_prediction_equals_the_approved_expectation(string memoryClass, string strategy)
    {
        var target = MemoryClasses.Find(memoryClass)!;
        var spec = StrategyCatalog.Find(strategy)!;
        var folder = ApprovalFolder.For(RepositoryLayout.Current);

        var comparison = folder.Compare(MemoryExpectations.Key(target, spec), MemoryExpectations.Format(MemoryExpectations.Build(target, spec)));

        comparison.Matched.Should().BeTrue(comparison.Describe());
    }

    [Fact]
    public void The_seed_failures_read_as_llama_cpp_predicts_them()
    {
        var t4Default = MemoryExpectations.Build(MemoryClasses.T4, StrategyCatalog.Default);
        var a100Default = MemoryExpectations.Build(MemoryClasses.A100Small, StrategyCatalog.Default);
        var h200Batched = MemoryExpectations.Build(MemoryClasses.H200, StrategyCatalog.Batched);

        // F16 weights (12.3 GiB on the card) + 2 GiB of KV for 4,096 cells + compute + CUDA exceed a T4.
        t4Default.Rows[0].Expected.Should().Be(MemoryExpectation.OutOfMemory);
        t4Default.Notes.Should().Contain(n => n.Contains("shorter context", StringComparison.Ordinal));
        // The seed's HF batch of 4 ran out on an A100-40GB; llama.cpp's 4 sequences of 4,096 cells do not.
        a100Default.Rows.Single(r => r.ParallelSequences == 4).Expected.Should().Be(MemoryExpectation.Fits);
        // The H200 anchor: 100 f16 slots of 4,096 cells (200 GiB of KV) cannot fit.
        h200Batched.Rows.Single(r => r.ParallelSequences == 100).Expected.Should().Be(MemoryExpectation.OutOfMemory);
        h200Batched.Rows.Single(r => r.ParallelSequences == 64).Expected.Should().Be(MemoryExpectation.Fits);
    }

    [Fact]
    public void Rows_become_the_baselines_memory_expectations()
    {
        var file = MemoryExpectations.Build(MemoryClasses.L4, StrategyCatalog.FourBit);

        var entry = MemoryExpectations.ToBaselineEntry(file, "L4");

        entry.Memory.Should().HaveCount(SeedWorkload.ParallelCounts.Count);
        entry.Memory.Should().OnlyContain(m => m.ContextPerSequence == 4096 && m.Expected != null);
        BaselineValidator.Validate(new BaselineDocument { SchemaVersion = 1, Entries = [entry with { Provenance = new BaselineProvenance { HarnessCommit = "x", RecordedAt = DateTimeOffset.UnixEpoch } }] }, "test")
            .Should().NotContain(p => p.ToString().Contains("memory", StringComparison.OrdinalIgnoreCase));
    }
}
