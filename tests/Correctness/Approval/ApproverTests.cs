using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Approval.Paths;
using Llama2Validation.Tests.Correctness.Baselines;

namespace Llama2Validation.Tests.Correctness.Approval;

public sealed class ApproverTests : IDisposable
{
    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void Filters_SelectByKindClassStrategyAndModel()
    {
        sandbox.Folder.Compare(new ApprovalKey(ApprovalKind.Snapshot, new RunKey("CPU", "default", "l2v-tiny")), "a\n");
        sandbox.Folder.Compare(new ApprovalKey(ApprovalKind.Snapshot, new RunKey("CPU", "batched", "l2v-tiny")), "b\n");
        sandbox.Folder.WriteReceived(new ApprovalKey(ApprovalKind.Baseline, new RunKey("CPU", "batched", "l2v-tiny")), "{}\n");
        sandbox.Folder.Compare(new ApprovalKey(ApprovalKind.Snapshot, new RunKey("T4", "batched", "l2v-tiny")), "c\n");

        Names(sandbox.Approver.Pending(new ApprovalFilter(Kind: ApprovalKind.Snapshot, HardwareClass: "cpu")))
            .Should().BeEquivalentTo("CPU/snapshots/batched.l2v-tiny.received.txt", "CPU/snapshots/default.l2v-tiny.received.txt");
        Names(sandbox.Approver.Pending(new ApprovalFilter(Strategy: "batched", HardwareClass: "CPU")))
            .Should().BeEquivalentTo("CPU/snapshots/batched.l2v-tiny.received.txt", "CPU/throughput/batched.l2v-tiny.received.json");

        var approved = sandbox.Approver.Approve(new ApprovalFilter(Kind: ApprovalKind.Baseline));

        Names(approved).Should().Equal("CPU/throughput/batched.l2v-tiny.received.json");
        sandbox.Approver.Pending(ApprovalFilter.All).Should().HaveCount(3, "only the baseline was approved");
    }

    [Fact]
    public void Pending_ChangesNothing_AndReportsUnchangedContent()
    {
        var key = new ApprovalKey(ApprovalKind.Snapshot, new RunKey("CPU", "default", "l2v-tiny"));
        sandbox.Write(key.RelativeVerifiedPath, "same\n");
        var received = sandbox.Write(key.RelativeReceivedPath, "same\n");

        sandbox.Approver.Pending(ApprovalFilter.All).Should().ContainSingle().Which.Change.Should().Be(ApprovalChange.Unchanged);
        File.Exists(received).Should().BeTrue();

        sandbox.Approver.Approve(ApprovalFilter.All);
        File.Exists(received).Should().BeFalse();
    }

    [Theory]
    [InlineData("../../escape")]
    [InlineData("/etc/passwd")]
    [InlineData("..")]
    [InlineData("a/../../b")]
    public void CraftedNames_AreSanitised_AndStayInsideTheBaselinesFolder(string name)
    {
        var key = new ApprovalKey(ApprovalKind.Snapshot, new RunKey(name, name, name));

        var comparison = sandbox.Folder.Compare(key, "x\n");

        Path.GetFullPath(comparison.ReceivedPath).Should().StartWith(sandbox.Baselines + Path.DirectorySeparatorChar);
        Path.GetRelativePath(sandbox.Baselines, comparison.ReceivedPath).Split(Path.DirectorySeparatorChar).Should().HaveCount(3);
        Directory.EnumerateFileSystemEntries(sandbox.Outside).Should().BeEmpty();
    }

    [Fact]
    public void ApproveFile_RefusesAPathOutsideTheBaselinesFolder()
    {
        var outside = Path.Combine(sandbox.Outside, "evil.l2v-tiny.received.txt");
        File.WriteAllText(outside, "payload\n");
        var crafted = Path.Combine(sandbox.Baselines, "CPU", "snapshots", "..", "..", "..", "..", "outside", "evil.l2v-tiny.received.txt");

        foreach (var path in new[] { outside, crafted })
        {
            var result = sandbox.Approver.ApproveFile(path);
            result.Change.Should().Be(ApprovalChange.Refused);
            result.RefusalReason.Should().Contain("outside the baselines folder");
        }

        File.Exists(outside).Should().BeTrue();
        File.Exists(Path.Combine(sandbox.Outside, "evil.l2v-tiny.verified.txt")).Should().BeFalse();
    }

    [Fact]
    public void Approve_RefusesALinkedReceivedFile_AndALinkedVerifiedFile()
    {
        var target = Path.Combine(sandbox.Outside, "target.txt");
        File.WriteAllText(target, "must stay\n");
        var folder = Directory.CreateDirectory(Path.Combine(sandbox.Baselines, "CPU", "snapshots")).FullName;
        File.CreateSymbolicLink(Path.Combine(folder, "default.l2v-tiny.received.txt"), target);
        File.WriteAllText(Path.Combine(folder, "batched.l2v-tiny.received.txt"), "overwrite attempt\n");
        File.CreateSymbolicLink(Path.Combine(folder, "batched.l2v-tiny.verified.txt"), target);

        var results = sandbox.Approver.Approve(ApprovalFilter.All);

        results.Should().HaveCount(2).And.OnlyContain(r => r.Change == ApprovalChange.Refused);
        results.Should().OnlyContain(r => r.RefusalReason!.Contains("symbolic link"));
        File.ReadAllText(target).Should().Be("must stay\n");
    }

    [Fact]
    public void Approve_RefusesALinkedClassFolder_WithoutReadingThroughIt()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(sandbox.Outside, "snapshots")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "default.l2v-tiny.received.txt"), "x\n");
        Directory.CreateSymbolicLink(Path.Combine(sandbox.Baselines, "T4"), sandbox.Outside);

        var results = sandbox.Approver.Approve(ApprovalFilter.All);

        results.Should().ContainSingle().Which.Change.Should().Be(ApprovalChange.Refused);
        File.Exists(Path.Combine(elsewhere, "default.l2v-tiny.received.txt")).Should().BeTrue();
        File.Exists(Path.Combine(elsewhere, "default.l2v-tiny.verified.txt")).Should().BeFalse();
        var write = () => sandbox.Folder.WriteReceived(new ApprovalKey(ApprovalKind.Snapshot, new RunKey("T4", "default", "l2v-tiny")), "y\n");
        write.Should().Throw<UnsafeBaselinePathException>().WithMessage("*symbolic link*");
    }

    [Fact]
    public void ContinuousIntegration_IsDetectedFromTheCiVariable()
    {
        ContinuousIntegration.IsDetected(n => n == "CI" ? "true" : null).Should().BeTrue();
        ContinuousIntegration.IsDetected(n => n == "CI" ? "True" : null).Should().BeTrue();
        ContinuousIntegration.IsDetected(n => n == "CI" ? "false" : null).Should().BeFalse();
        ContinuousIntegration.IsDetected(_ => null).Should().BeFalse();
    }

    private List<string> Names(IEnumerable<PendingApproval> items) =>
        items.Select(p => Path.GetRelativePath(sandbox.Baselines, p.ReceivedPath).Replace('\\', '/')).ToList();

    public void Dispose() => sandbox.Dispose();
}
