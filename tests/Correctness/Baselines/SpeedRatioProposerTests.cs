using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Proposals;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Hardware.Probes;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Correctness.Baselines;

/// <summary>
/// CPU speed-ratio floors pool the sessions they were recorded in. Measured on this project's CI kind:
/// batched / 4-bit recorded 1.714–1.804 in one session, then 1.561–1.725 in another; the first session's floor
/// (1.569) failed clean changes in the second.
/// </summary>
public sealed class SpeedRatioProposerTests : IDisposable
{
    private static readonly double[] FirstSession = [1.714, 1.747, 1.750, 1.766, 1.804];

    private static readonly double[] SecondSession = [1.674, 1.561, 1.595, 1.600, 1.725];

    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void A_later_session_is_pooled_with_the_one_the_approved_floor_came_from()
    {
        Propose(FirstSession);
        sandbox.Approver.Approve(new ApprovalFilter(Kind: ApprovalKind.Baseline));

        var pooled = Propose(SecondSession);

        pooled.Samples.Should().Equal([.. FirstSession, .. SecondSession]);
        pooled.Recorded.Should().BeApproximately((1.714 + 1.725) / 2, 1e-9);
        SecondSession.Should().OnlyContain(median => pooled.Passes(median, FigureDirection.HigherIsBetter), "a clean session passes a floor that knows it");
        pooled.Passes(1.05, FigureDirection.HigherIsBetter).Should().BeFalse("batched decoding one sequence per step would still fail");
    }

    [Fact]
    public void Fresh_takes_this_sessions_measurements_alone()
    {
        Propose(FirstSession);
        sandbox.Approver.Approve(new ApprovalFilter(Kind: ApprovalKind.Baseline));

        var fresh = Propose(SecondSession, fresh: true);

        fresh.Samples.Should().Equal(SecondSession);
        fresh.Repeats.Should().Be(SecondSession.Length);
    }

    [Fact]
    public void The_pool_keeps_the_newest_measurements()
    {
        for (var session = 0; session < 4; session++)
        {
            Propose([.. SecondSession.Select(median => median + session)]);
            sandbox.Approver.Approve(new ApprovalFilter(Kind: ApprovalKind.Baseline));
        }

        var latest = BaselineStore.Load(sandbox.Layout).Find(new RunKey("CPU", "batched", CpuSpeedRatios.ModelIdentity)).Entry!.Throughput!.SpeedRatio!;

        latest.Samples.Should().HaveCount(SpeedRatioProposer.MaximumSamples).And.OnlyContain(median => median > 2.5, "the first session aged out");
    }

    /// <summary>One proposal from five recordings whose batched / 4-bit medians are given (the other ratios 1.0); returns batched's.</summary>
    private MeasuredFigure Propose(double[] batchedMedians, bool fresh = false)
    {
        IReadOnlyList<IReadOnlyList<RatioMeasurement>> recordings =
            [.. batchedMedians.Select(median => (IReadOnlyList<RatioMeasurement>)[.. CpuSpeedRatios.All.Select(ratio => new RatioMeasurement(ratio, [ratio.Strategy == "batched" ? median : 1.0]))])];
        new SpeedRatioProposer(sandbox.Folder, BaselineStore.Load(sandbox.Layout), HardwareDetector.Current).Propose("CPU", CpuSpeedRatios.ModelIdentity, recordings, fresh);
        var received = Path.Combine(sandbox.Baselines, "CPU", "throughput", $"batched.{CpuSpeedRatios.ModelIdentity}.received.json");
        var (document, problems) = BaselineFile.Read(received, "received");
        problems.Should().BeEmpty();
        return document!.Entries.Should().ContainSingle().Subject.Throughput!.SpeedRatio!;
    }

    public void Dispose() => sandbox.Dispose();
}
