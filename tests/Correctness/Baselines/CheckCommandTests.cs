using System.Text.Json;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Baselines;

/// <summary>The real <c>l2v</c> executable (built beside the tests) against real files in a temp checkout.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void CheckVerdicts_EqualTheLibrarys_AndAFailureExitsWithOne()
    {
        BaselineChecker.For(sandbox.Layout).Check([TestRuns.Run(hardwareClass: "H100"), TestRuns.Run(hardwareClass: "H100", strategy: "default")]);
        sandbox.Approver.Approve(new ApprovalFilter(Strategy: "batched"));
        var runs = new[] { TestRuns.Run(hardwareClass: "H100", docsPerSecond: 1.0), TestRuns.Run(hardwareClass: "H100", strategy: "default"), TestRuns.Run(hardwareClass: "H100") };
        var resultsPath = Path.Combine(sandbox.Layout.Root, "results.json");
        AtomicFile.WriteAllText(resultsPath, JsonSerializer.Serialize(new ResultsFile { Runs = runs }, HarnessJson.Options));
        var library = BaselineChecker.For(sandbox.Layout).Check(runs);
        var verdictsPath = Path.Combine(sandbox.Layout.Root, "verdicts.json");

        var (exitCode, output) = L2v("check", resultsPath, "--baselines", sandbox.Baselines, "--verdicts", verdictsPath);

        exitCode.Should().Be(1, output);
        var fromCommand = JsonSerializer.Deserialize<List<RunVerdict>>(File.ReadAllText(verdictsPath), HarnessJson.Options)!;
        fromCommand.Select(Summary).Should().Equal(library.Select(Summary));
        library.Select(v => v.Status).Should().Equal(VerdictStatus.Fail, VerdictStatus.NoBaseline, VerdictStatus.Pass);
        output.Should().Contain("FAIL H100/batched/l2v-tiny (run 0)").And.Contain("NO BASELINE H100/default/l2v-tiny (run 1)")
            .And.Contain("PASS H100/batched/l2v-tiny (run 2)").And.Contain("1 passed, 1 failed, 1 without baseline, 0 not comparable");
    }

    [Fact]
    public void Strict_FailsARunWithoutBaseline_ByDefaultUnderCi_AndLenientReportsIt()
    {
        var resultsPath = Path.Combine(sandbox.Layout.Root, "results.json");
        AtomicFile.WriteAllText(resultsPath, JsonSerializer.Serialize(new ResultsFile { Runs = [TestRuns.Run()] }, HarnessJson.Options));

        var (plain, _) = L2vWithCi(null, "check", resultsPath, "--baselines", sandbox.Baselines, "--no-proposals");
        var (strict, strictOutput) = L2vWithCi(null, "check", resultsPath, "--baselines", sandbox.Baselines, "--no-proposals", "--strict");
        var (underCi, _) = L2vWithCi("true", "check", resultsPath, "--baselines", sandbox.Baselines, "--no-proposals");
        var (lenient, _) = L2vWithCi("true", "check", resultsPath, "--baselines", sandbox.Baselines, "--no-proposals", "--lenient");

        (plain, strict, underCi, lenient).Should().Be((0, 1, 1, 0), strictOutput);
        strictOutput.Should().Contain("could not be judged");
    }

    [Fact]
    public void ImpossibleStoredAggregates_AreRefusedOnLoad_InOneLine_WithExitCodeTwo()
    {
        BaselineChecker.For(sandbox.Layout).Check([TestRuns.Run(hardwareClass: "H100")]);
        sandbox.Approver.Approve(ApprovalFilter.All);
        var resultsPath = Path.Combine(sandbox.Layout.Root, "results.json");
        var edited = TestRuns.Run(hardwareClass: "H100", docsPerSecond: -3) with { Rouge1F1 = 5.0 };
        AtomicFile.WriteAllText(resultsPath, JsonSerializer.Serialize(new ResultsFile { Runs = [edited] }, HarnessJson.Options));

        var (exitCode, output) = L2v("check", resultsPath, "--baselines", sandbox.Baselines, "--no-proposals");

        exitCode.Should().Be(2, output);
        output.Trim().Should().NotContain("\n").And.Contain("runs[0].docsPerSecond: -3").And.Contain("runs[0].rouge1F1: 5 is outside [0, 1]");
    }

    [Fact]
    public void NoProposals_WritesNoReceivedFileOfAnyKind_AndSaysItWroteNone()
    {
        var resultsPath = Path.Combine(sandbox.Layout.Root, "results.json");
        AtomicFile.WriteAllText(resultsPath, JsonSerializer.Serialize(new ResultsFile { Runs = [TestRuns.Run()] }, HarnessJson.Options));

        var (_, output) = L2vWithCi(null, "check", resultsPath, "--baselines", sandbox.Baselines, "--no-proposals");

        Directory.EnumerateFiles(sandbox.Baselines, "*.received.*", SearchOption.AllDirectories).Should().BeEmpty();
        output.Should().Contain("no verified snapshot").And.NotContain("written to", "--no-proposals wrote nothing");
    }

    [Fact]
    public void NoProposals_OnChangedOutputs_SendsTheReviewerToNoFileItDidNotWrite()
    {
        BaselineChecker.For(sandbox.Layout).Check([TestRuns.Run()]);
        sandbox.Approver.Approve(ApprovalFilter.All);
        var resultsPath = Path.Combine(sandbox.Layout.Root, "results.json");
        var changed = TestRuns.Run(documents: TestRuns.Documents("Another summary."));
        AtomicFile.WriteAllText(resultsPath, JsonSerializer.Serialize(new ResultsFile { Runs = [changed] }, HarnessJson.Options));

        var (exitCode, output) = L2vWithCi(null, "check", resultsPath, "--baselines", sandbox.Baselines, "--no-proposals");

        exitCode.Should().Be(1, output);
        output.Should().Contain("outputs differ").And.Contain("without --no-proposals").And.NotContain("after reviewing");
        Directory.EnumerateFiles(sandbox.Baselines, "*.received.*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void A_baseline_from_another_configuration_is_named_by_a_path_that_exists_from_where_check_ran()
    {
        BaselineChecker.For(sandbox.Layout).Check([TestRuns.Run()]);
        sandbox.Approver.Approve(ApprovalFilter.All);
        var resultsPath = Path.Combine(sandbox.Layout.Root, "results.json");
        var other = TestRuns.Run();
        other = other with { Metadata = other.Metadata with { DatasetHash = "dataset-2" } };
        AtomicFile.WriteAllText(resultsPath, JsonSerializer.Serialize(new ResultsFile { Runs = [other] }, HarnessJson.Options));

        var (_, output) = L2vWithCi(null, "check", resultsPath, "--baselines", sandbox.Baselines, "--no-proposals");

        var named = System.Text.RegularExpressions.Regex.Match(output, @"not comparable: (\S+\.verified\.json) was measured under another configuration");
        named.Success.Should().BeTrue(output);
        File.Exists(Path.Combine(sandbox.Layout.Root, named.Groups[1].Value)).Should().BeTrue(output);
    }

    [Fact]
    public void Approve_IsRefusedUnderCi_AndListsPendingFilesWithoutApproving()
    {
        var comparison = sandbox.Folder.Compare(new ApprovalKey(ApprovalKind.Snapshot, new RunKey("CPU", "default", "l2v-tiny")), "x\n");

        var (refused, refusal) = L2vWithCi("true", "approve", "--baselines", sandbox.Baselines);
        var (listed, list) = L2vWithCi("true", "approve", "--list", "--baselines", sandbox.Baselines);

        refused.Should().Be(1);
        refusal.Should().Contain("approving is a person's act");
        listed.Should().Be(0);
        list.Should().Contain("pending added     baselines/CPU/snapshots/default.l2v-tiny.verified.txt");
        File.Exists(comparison.ReceivedPath).Should().BeTrue();
        File.Exists(comparison.VerifiedPath).Should().BeFalse();

        var (approved, output) = L2vWithCi(null, "approve", "--kind", "snapshot", "--baselines", sandbox.Baselines);

        approved.Should().Be(0, output);
        output.Should().Contain("Approved: 1 added");
        File.Exists(comparison.VerifiedPath).Should().BeTrue();
    }

    private static string Summary(RunVerdict verdict) =>
        $"{verdict.RunIndex} {verdict.Key} {verdict.Status} [{string.Join(", ", verdict.Violations.Select(v => v.Figure))}] [{string.Join(", ", verdict.Skipped.Select(s => s.Figure))}]";

    private (int ExitCode, string Output) L2v(params string[] arguments) => L2vWithCi(null, arguments);

    private (int ExitCode, string Output) L2vWithCi(string? ci, params string[] arguments) =>
        L2vProcess.RunAsync(
            arguments,
            new Dictionary<string, string?>
            {
                ["LLAMA2VALIDATION_ROOT"] = sandbox.Layout.Root,
                ["TF_BUILD"] = null,
                [ContinuousIntegration.Variable] = ci,
            },
            sandbox.Layout.Root).GetAwaiter().GetResult();

    public void Dispose() => sandbox.Dispose();
}
