using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Identity;
using Llama2Validation.Harness.Baselines.Snapshots;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Correctness.Baselines;

public sealed class SnapshotTests : IDisposable
{
    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void TheReadBackContext_LeavesTheSnapshotText_AsApprovedBeforeIt()
    {
        var run = TestRuns.Run();
        var withContext = run with { Context = new ContextSettings { Sequences = 1, CellsPerSequence = 1024, Batch = 512, MicroBatch = 512, FlashAttention = false, KeyType = "f16", ValueType = "f16" } };

        SnapshotText.Render(withContext).Should().Be(SnapshotText.Render(run));
    }

    [Fact]
    public void Text_IsStable_WhateverOrderDocumentsFinishedIn()
    {
        var run = TestRuns.Run();
        var reversed = run with { Documents = run.Documents.Reverse().ToList() };

        var text = SnapshotText.Render(run);

        SnapshotText.Render(reversed).Should().Be(text);
        text.Should().Be($"""
            # l2v output snapshot
            class: CPU
            strategy: batched
            model: l2v-tiny
            configuration: {RunConfiguration.Format(RunConfiguration.Of(run))}
            documents: 2

            ## doc-a
            outcome: ok
            tokens: 1 2 3
            output:
            | First summary,
            | over two lines.

            ## doc-b
            outcome: ok
            tokens: 7 8 9
            output:
            | Second summary.

            """);
    }

    [Fact]
    public void ControlCharacters_AreEscaped_SoTheFileStaysLfOnly()
    {
        var run = TestRuns.Run(documents: [new DocumentResult { Id = "d", Output = "a\r\nb\rc\u0001" }]);

        SnapshotText.Render(run).Should().Contain("| a\n| b\\u000dc\\u0001\n");
    }

    [Fact]
    public void ADriftedOutput_WritesReceivedAndDiff_ThenApprovalAcceptsIt()
    {
        var comparer = SnapshotComparer.For(sandbox.Layout);
        comparer.Compare(TestRuns.Run()).Status.Should().Be(ComparisonStatus.New);
        sandbox.Approver.Approve(new ApprovalFilter(Kind: ApprovalKind.Snapshot));

        var drifted = comparer.Compare(TestRuns.Run(documents: TestRuns.Documents("A different summary.")));

        drifted.Status.Should().Be(ComparisonStatus.Mismatched);
        drifted.VerifiedPath.Should().Be(Path.Combine(sandbox.Baselines, "CPU", "snapshots", "batched.l2v-tiny.verified.txt"));
        drifted.Diff.Text.Should().Contain("-| Second summary.\n+| A different summary.\n");
        File.Exists(drifted.ReceivedPath).Should().BeTrue();

        sandbox.Approver.Approve(ApprovalFilter.All).Should().ContainSingle().Which.Change.Should().Be(ApprovalChange.Changed);
        comparer.Compare(TestRuns.Run(documents: TestRuns.Documents("A different summary."))).Matched.Should().BeTrue();
    }

    [Fact]
    public void ARunThatDidNotComplete_HasNoSnapshot()
    {
        var comparison = SnapshotComparer.For(sandbox.Layout).Compare(TestRuns.Run(outcome: RunOutcome.Failed), out var reason);

        comparison.Should().BeNull();
        reason.Should().Contain("did not complete (failed)");
        Directory.EnumerateFiles(sandbox.Baselines, "*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    public void Dispose() => sandbox.Dispose();
}
