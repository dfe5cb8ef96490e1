using Llama2Validation.Harness.Approval;
using Llama2Validation.Tests.Correctness.Baselines;

namespace Llama2Validation.Tests.Correctness.Approval;

public sealed class ApprovalFolderTests : IDisposable
{
    private static readonly ApprovalKey Key = new(ApprovalKind.Snapshot, new RunKey("CPU", "default", "l2v-tiny"));

    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void Key_LivesUnderItsClassAndKindFolder()
    {
        var path = sandbox.Folder.VerifiedPath(Key);

        path.Should().Be(Path.Combine(sandbox.Baselines, "CPU", "snapshots", "default.l2v-tiny.verified.txt"));
        sandbox.Folder.ReceivedPath(new ApprovalKey(ApprovalKind.Baseline, new RunKey("CPU", "batched", "l2v-tiny")))
            .Should().Be(Path.Combine(sandbox.Baselines, "CPU", "throughput", "batched.l2v-tiny.received.json"));
    }

    [Fact]
    public void Mismatch_WritesReceivedBesideVerified_WithALineNumberedDiff()
    {
        var verified = sandbox.Write(Key.RelativeVerifiedPath, "one\ntwo\nthree\nfour\n");

        var comparison = sandbox.Folder.Compare(Key, "one\ntwo\nTHREE\nfour\n");

        comparison.Status.Should().Be(ComparisonStatus.Mismatched);
        File.ReadAllText(comparison.ReceivedPath).Should().Be("one\ntwo\nTHREE\nfour\n");
        Path.GetDirectoryName(comparison.ReceivedPath).Should().Be(Path.GetDirectoryName(verified));
        comparison.Diff.Text.Should().Contain("@@ -1,4 +1,4 @@").And.Contain("-three\n+THREE\n").And.Contain(" two\n");
        comparison.Diff.FirstDifferentLine.Should().Be(3);
        comparison.Describe().Should().Contain("l2v approve --kind snapshot --class CPU --strategy default");
    }

    [Fact]
    public void Approve_AcceptsTheReceivedFile_AndRemovesIt()
    {
        sandbox.Write(Key.RelativeVerifiedPath, "old output\n");
        var comparison = sandbox.Folder.Compare(Key, "new output\n");

        var approved = sandbox.Approver.Approve(new ApprovalFilter(Kind: ApprovalKind.Snapshot));

        approved.Should().ContainSingle().Which.Change.Should().Be(ApprovalChange.Changed);
        File.ReadAllText(comparison.VerifiedPath).Should().Be("new output\n");
        File.Exists(comparison.ReceivedPath).Should().BeFalse();
        sandbox.Folder.Compare(Key, "new output\n").Status.Should().Be(ComparisonStatus.Matched);
    }

    [Fact]
    public void Match_RemovesAStaleReceivedFile()
    {
        sandbox.Write(Key.RelativeVerifiedPath, "same\n");
        var stale = sandbox.Write(Key.RelativeReceivedPath, "left over from a failed run\n");

        var comparison = sandbox.Folder.Compare(Key, "same\r\n");

        comparison.Matched.Should().BeTrue();
        File.Exists(stale).Should().BeFalse();
    }

    [Fact]
    public void MissingVerified_IsNew_AndApprovalAddsIt()
    {
        var comparison = sandbox.Folder.Compare(Key, "first output\n");

        comparison.Status.Should().Be(ComparisonStatus.New);
        File.Exists(comparison.VerifiedPath).Should().BeFalse();
        comparison.Diff.Text.Should().Contain("+first output");

        sandbox.Approver.Approve(ApprovalFilter.All).Should().ContainSingle().Which.Change.Should().Be(ApprovalChange.Added);
        File.ReadAllText(comparison.VerifiedPath).Should().Be("first output\n");
    }

    [Fact]
    public void Scrubbers_AreAppliedBeforeComparing()
    {
        var scrubbers = Scrubbers.Default(sandbox.Layout);
        sandbox.Folder.Compare(Key, $"model at {sandbox.Layout.Root}/.cache/m.gguf, 2025-01-15T10:30:00Z, took 1.25 s\n", scrubbers);
        sandbox.Approver.Approve(ApprovalFilter.All);

        var again = sandbox.Folder.Compare(Key, $"model at {sandbox.Layout.Root}/.cache/m.gguf, 2026-02-01T08:00:00Z, took 3.5 s\n", scrubbers);

        again.Matched.Should().BeTrue();
        File.ReadAllText(again.VerifiedPath).Should().Be("model at {repo}/.cache/m.gguf, {date}, took {time}\n");
    }

    public void Dispose() => sandbox.Dispose();
}
