using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Tests.Correctness.Baselines;

namespace Llama2Validation.Tests.Correctness.Approval;

/// <summary>A snapshot whose every document is one repeated token is never approved, and none is committed.</summary>
public sealed class RepeatedTokenSnapshotTests : IDisposable
{
    private const string Header = "# l2v output snapshot\nclass: H200\nstrategy: 4-bit\nmodel: l2v-llama2-7b\ndocuments: 2\n";

    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void Reason_NamesTheToken_WhenEveryDocumentRepeatsOne()
    {
        RepeatedTokenSnapshot.Reason(Header + "\n## a\ntokens: 29377 29377 29377\n\n## b\ntokens: 29377 29377\n")
            .Should().Contain("token 29377").And.Contain("2 documents");
    }

    [Theory]
    [InlineData("\n## a\ntokens: 29377 29377 29377\n\n## b\ntokens: 29377 5\n")]
    [InlineData("\n## a\ntokens: 7\n\n## b\ntokens: 7\n")]
    [InlineData("\n## a\ntokens: \n")]
    public void Reason_IsNull_WhenAnyDocumentSaysSomething(string documents)
    {
        RepeatedTokenSnapshot.Reason(Header + documents).Should().BeNull();
    }

    [Fact]
    public void Approve_RefusesARepeatedTokenSnapshot_AndLeavesItReceived()
    {
        var key = new ApprovalKey(ApprovalKind.Snapshot, new RunKey("H200", "4-bit", "l2v-llama2-7b"));
        var received = sandbox.Write(key.RelativeReceivedPath, Header + "\n## a\ntokens: 29377 29377 29377\n");

        var result = sandbox.Approver.Approve(ApprovalFilter.All).Should().ContainSingle().Subject;

        result.Change.Should().Be(ApprovalChange.Refused);
        result.RefusalReason.Should().Contain("one token repeated");
        File.Exists(received).Should().BeTrue();
        File.Exists(sandbox.Folder.VerifiedPath(key)).Should().BeFalse();
    }

    [Fact]
    public void NoCommittedSnapshot_IsOneRepeatedToken()
    {
        var snapshots = Directory.EnumerateFiles(RepositoryLayout.Current.BaselinesFolder, "*.verified.txt", SearchOption.AllDirectories).ToList();

        snapshots.Should().NotBeEmpty();
        snapshots.Select(path => (path, reason: RepeatedTokenSnapshot.Reason(File.ReadAllText(path))))
            .Where(s => s.reason is not null)
            .Select(s => $"{Path.GetRelativePath(RepositoryLayout.Current.Root, s.path)}: {s.reason}")
            .Should().BeEmpty();
    }

    public void Dispose() => sandbox.Dispose();
}
