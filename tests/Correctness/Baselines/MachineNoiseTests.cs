using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Proposals;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Correctness.Baselines;

/// <summary>
/// Recorded on an H200: ten-document TTFT p90s moved 15% between passes while docs/s moved 2%. A spread
/// shared across figures widened every docs/s floor to 45%, and a batched engine running a quarter of its
/// slots (−30% docs/s) passed the gate. Each figure learns only from the same figure of other keys.
/// </summary>
public sealed class MachineNoiseTests : IDisposable
{
    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void A_noisy_time_to_first_token_does_not_widen_the_throughput_floors()
    {
        RunResult[] steady = [Run("batched", 6.59, 0.86), Run("batched", 6.59, 0.86), Run("batched", 6.64, 0.86)];
        RunResult[] noisyFirstToken = [Run("4-bit", 0.866, 0.152), Run("4-bit", 0.862, 0.166), Run("4-bit", 0.849, 0.177)];
        var machine = new MachineNoise([steady, noisyFirstToken]);

        var entry = Proposed(steady, machine);

        entry.Throughput!.DocsPerSecond!.Tolerance.Should().BeLessThan(0.07, "the docs/s floor follows the docs/s spreads (2% here), times three");
        entry.Throughput.TimeToFirstTokenP90Seconds!.Tolerance.Should().BeGreaterThan(0.4, "the TTFT ceiling follows the noisiest TTFT on the machine");
    }

    [Fact]
    public void A_figure_steadier_than_the_same_figure_of_another_key_takes_that_keys_spread()
    {
        RunResult[] steady = [Run("batched", 6.59, 0.86), Run("batched", 6.59, 0.86), Run("batched", 6.59, 0.86)];
        RunResult[] wobbly = [Run("default", 0.58, 0.1), Run("default", 0.60, 0.1), Run("default", 0.62, 0.1)];

        var entry = Proposed(steady, new MachineNoise([steady, wobbly]));

        entry.Throughput!.DocsPerSecond!.RelativeSpread.Should().BeApproximately(0.04 / 0.60, 1e-9);
    }

    [Fact]
    public void A_spread_learnt_from_three_runs_gives_a_six_run_figure_the_tolerance_it_gives_a_three_run_one()
    {
        RunResult[] wobbly = [Run("default", 0.58, 0.1), Run("default", 0.60, 0.1), Run("default", 0.62, 0.1)];
        RunResult[] threeSteady = [.. Enumerable.Repeat(Run("batched", 6.59, 0.86), 3)];
        RunResult[] sixSteady = [.. Enumerable.Repeat(Run("batched", 6.59, 0.86), 6)];

        var fromThree = Proposed(threeSteady, new MachineNoise([threeSteady, wobbly])).Throughput!.DocsPerSecond!.Tolerance;
        var fromSix = Proposed(sixSteady, new MachineNoise([sixSteady, wobbly])).Throughput!.DocsPerSecond!.Tolerance;

        fromSix.Should().BeApproximately(fromThree, 1e-9, "the other key's noise is the same whatever the number of this key's runs");
        fromThree.Should().BeApproximately(3 * 0.04 / 0.60, 1e-9);
    }

    public void Dispose() => sandbox.Dispose();

    private BaselineEntry Proposed(RunResult[] runs, MachineNoise machine)
    {
        var proposal = new BaselineProposer(sandbox.Folder).Propose(runs, null, machine);
        return BaselineFile.Read(proposal.ReceivedPath!, "received").Document!.Entries.Single();
    }

    private static RunResult Run(string strategy, double docsPerSecond, double timeToFirstToken) =>
        TestRuns.Run(strategy: strategy, hardwareClass: "H200", docsPerSecond: docsPerSecond, decodeTokensPerSecond: docsPerSecond * 500, timeToFirstTokenP90: timeToFirstToken);
}
