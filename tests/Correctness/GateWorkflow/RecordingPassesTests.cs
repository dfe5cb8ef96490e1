using Llama2Validation.Harness.GateWorkflow;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.GateWorkflow;

public sealed class RecordingPassesTests : IDisposable
{
    private readonly TemporaryFolder runs = new();

    [Fact]
    public void Passes_are_found_in_numeric_order_and_other_folders_are_left_alone()
    {
        foreach (var name in new[] { "record-10", "record-2", "record-1", "record-x", "clean", "proposal-H200" })
        {
            Directory.CreateDirectory(runs.PathOf(name));
        }

        RecordingPasses.Find(runs.Path).Select(Path.GetFileName).Should().Equal("record-1", "record-2", "record-10");
    }

    [Fact]
    public void A_pass_is_every_run_of_its_results_files()
    {
        RecordedRuns.WritePass(runs.PathOf("record-1"), RecordedRuns.Run("default", 1), RecordedRuns.Run("batched", 15));
        runs.Write("record-1/Correctness.log", "not results");

        RecordingPasses.Load(runs.PathOf("record-1")).Select(r => r.Strategy).Should().BeEquivalentTo("default", "batched");
    }

    [Fact]
    public void A_missing_runs_folder_has_no_passes() =>
        RecordingPasses.Find(runs.PathOf("nothing-here")).Should().BeEmpty();

    public void Dispose() => runs.Dispose();
}
