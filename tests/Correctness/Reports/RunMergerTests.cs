using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Reports;

namespace Llama2Validation.Tests.Correctness.Reports;

public sealed class RunMergerTests
{
    [Fact]
    public void Merge_OfAnA100AndAT4File_GivesOneReportWithBoth()
    {
        var merged = RunMerger.Merge([new("a100.json", SampleResults.A100()), new("t4.json", SampleResults.T4())]);

        merged.Hardware.Should().Equal("A100", "T4");
        merged.Runs.Should().HaveCount(9);
        merged.Find("A100", "vllm-awq")!.Run.DocsPerSecond.Should().Be(4.273);
        merged.Find("T4", "vllm-awq")!.Run.DocsPerSecond.Should().Be(0.540);
        merged.Find("T4", "flash-attn").Should().BeNull("the T4 file has no flash-attn run");
        merged.Find("T4", "vllm-awq")!.SourcePath.Should().Be("t4.json");
        merged.Notes.Should().BeEmpty();
    }

    [Fact]
    public void Merge_KeepsTheLatestRunOfOneHardwareAndStrategy_AndSaysWhichWasDropped()
    {
        var earlier = SampleResults.A100();
        var later = new ResultsFile
        {
            Runs = [earlier.Runs[0] with { DocsPerSecond = 4.5, Metadata = earlier.Runs[0].Metadata with { StartedAt = earlier.Runs[0].Metadata.StartedAt.AddDays(1) } }],
        };

        var merged = RunMerger.Merge([new("rerun.json", later), new("first.json", earlier)]);

        merged.Runs.Should().HaveCount(5);
        merged.Find("A100", "vllm-awq")!.Run.DocsPerSecond.Should().Be(4.5);
        merged.Notes.Should().ContainSingle().Which.Should().Contain("A100 · vllm-awq").And.Contain("rerun.json").And.Contain("first.json");
    }

    [Fact]
    public void Merge_NamesTheMachine_WhenTwoMachinesOfOneClassAreMerged()
    {
        var forty = SampleResults.Run("A100", "NVIDIA A100-SXM4-40GB", "4-bit", 0.206, 0.2642, 4.7);
        var eighty = SampleResults.Run("A100", "NVIDIA A100-SXM4-80GB", "4-bit", 0.215, 0.2642, 4.7);

        var merged = RunMerger.Merge([new("40.json", new() { Runs = [forty] }), new("80.json", new() { Runs = [eighty] })]);

        merged.Hardware.Should().Equal("A100 (NVIDIA A100-SXM4-40GB)", "A100 (NVIDIA A100-SXM4-80GB)");
    }
}
