using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Proposals;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Measurement.Serving;

namespace Llama2Validation.Tests.Correctness.Baselines;

/// <summary>Endpoint runs carry floors for serving throughput and ceilings for latency percentiles, keyed by server and load.</summary>
public sealed class ServingFloorTests : IDisposable
{
    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void Serving_figures_are_proposed_from_endpoint_runs_and_judged_on_later_ones()
    {
        RunResult[] repeats = [Endpoint(outputTokensPerSecond: 2000, tpotP90: 0.020), Endpoint(2050, 0.021), Endpoint(1980, 0.0205)];

        var proposal = new BaselineProposer(sandbox.Folder).Propose(repeats, null);

        var floors = proposal.Proposed!.Throughput!;
        proposal.Proposed.Strategy.Should().Be("endpoint-c16", "the load point is part of the key");
        floors.OutputTokensPerSecond!.Recorded.Should().Be(2000);
        floors.TimePerOutputTokenP90Seconds!.Recorded.Should().Be(0.0205);
        floors.TimeToFirstTokenP99Seconds!.Recorded.Should().Be(0.9);
        var entry = proposal.Proposed;
        ThroughputValidator.Validate(Endpoint(2000, 0.0205), entry).Passed.Should().BeTrue();
        ThroughputValidator.Validate(Endpoint(1000, 0.0205), entry).Violations.Should().ContainSingle().Which.Figure.Should().Be(FigureNames.OutputTokensPerSecond);
        ThroughputValidator.Validate(Endpoint(2000, 0.060), entry).Violations.Select(v => v.Figure).Should().Contain(FigureNames.TimePerOutputTokenP90);
    }

    [Fact]
    public void In_process_runs_get_no_serving_figures()
    {
        var proposal = new BaselineProposer(sandbox.Folder).Propose([TestRuns.Run(hardwareClass: "H200", synthetic: true)], null);

        proposal.Proposed!.Throughput!.OutputTokensPerSecond.Should().BeNull();
        proposal.Proposed.Throughput.TimePerOutputTokenP90Seconds.Should().BeNull();
    }

    private static RunResult Endpoint(double outputTokensPerSecond, double tpotP90) =>
        TestRuns.Run(strategy: "endpoint-c16", hardwareClass: "H200") with
        {
            Serving = new ServingMetrics
            {
                Load = new ServingLoad { Concurrency = 16 },
                OutputTokensPerSecond = outputTokensPerSecond,
                TimeToFirstToken = new LatencyPercentiles { P50 = 0.3, P90 = 0.5, P99 = 0.9 },
                TimePerOutputToken = new LatencyPercentiles { P50 = tpotP90 / 2, P90 = tpotP90, P99 = tpotP90 * 1.5 },
                EndToEnd = new LatencyPercentiles { P50 = 2, P90 = 3, P99 = 4 },
                Slo = ServingSlo.Default,
            },
        };

    public void Dispose() => sandbox.Dispose();
}
