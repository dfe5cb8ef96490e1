using Llama2Validation.Harness.Comparison;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Performance;

/// <summary>
/// The change against its merge base, side by side in this job: each speed case runs in the base build's
/// worker (LLAMA2VALIDATION_BASE, made by scripts/build-base.sh) and this build's, alternately, until the
/// sequential test decides; it fails when the pairs say "slower by δ" or cannot decide within the most
/// pairs, or when any document's greedy tokens differ from the base's. Without a base build only the approved floors judge.
/// </summary>
public sealed class RelativeGateTheories
{
    public static TheoryData<string> SpeedCases { get; } = [.. CpuComparisonWorkload.DefaultStrategies];

    [Theory]
    [MemberData(nameof(SpeedCases))]
    public async Task RelativeGate_HeadIsNoSlowerThanItsBase_AndGeneratesTheSameTokens(string strategy)
    {
        var folder = BaseBuild.ConfiguredFolder();
        if (folder is null)
        {
            Assert.Skip($"no base build to compare against: set {BaseBuild.Variable} (scripts/build-base.sh); the approved floors judge alone");
        }

        var request = CpuComparisonWorkload.For(strategy, BaseBuild.WorkerIn(folder), null, CpuComparisonWorkload.DefaultDocuments, ComparisonDefaults.CpuMaximumPairs, ComparisonDefaults.CpuDelta);
        var result = await new ComparisonRunner().RunAsync(request, new RunMetadata { HardwareClass = "CPU" }, TestContext.Current.CancellationToken);
        var report = result.Describe();
        TestContext.Current.SendDiagnosticMessage(report);

        result.Failure.Should().BeNull(report);
        result.Outputs.Should().NotBeNull(report);
        result.Outputs!.Identical.Should().BeTrue(report);
        result.Judged.Should().OnlyContain(f => f.Verdict == ComparisonVerdict.Pass, report);
        result.Passed.Should().BeTrue(report);
    }
}
