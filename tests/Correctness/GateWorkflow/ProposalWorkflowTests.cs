using Llama2Validation.Harness.GateWorkflow;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.GateWorkflow;

public sealed class ProposalWorkflowTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    private string Root => folder.PathOf("root");

    private string Runs => folder.PathOf("runs");

    private string Out => folder.PathOf("proposal");

    public ProposalWorkflowTests()
    {
        Directory.CreateDirectory(Path.Combine(Root, "baselines"));
        // batched's greedy output moves in the third pass; default's never does.
        RecordedRuns.WritePass(Path.Combine(Runs, "record-1"), RecordedRuns.Run("default", 1.00), RecordedRuns.Run("batched", 15.2));
        RecordedRuns.WritePass(Path.Combine(Runs, "record-2"), RecordedRuns.Run("default", 1.02), RecordedRuns.Run("batched", 15.0));
        RecordedRuns.WritePass(Path.Combine(Runs, "record-3"), RecordedRuns.Run("default", 0.99), RecordedRuns.Run("batched", 15.1, changedDocument: 2));
    }

    [Fact]
    public void Floors_come_from_all_passes_and_only_stable_strategies_get_a_snapshot()
    {
        var proposal = ProposalWorkflow.Propose("H200", Runs, Root, Out);

        proposal.Passes.Should().HaveCount(3);
        proposal.ReceivedFiles.Should().BeEquivalentTo(
            "baselines/H200/throughput/default.llama2-7b.received.json",
            "baselines/H200/throughput/batched.llama2-7b.received.json",
            "baselines/H200/snapshots/default.llama2-7b.received.txt");
        proposal.Withheld.Should().ContainSingle().Which.Should().Contain("snapshots/batched");
        File.Exists(Path.Combine(Root, "baselines", "H200", "snapshots", "batched.llama2-7b.received.txt")).Should().BeFalse();
        foreach (var file in proposal.ReceivedFiles)
        {
            File.Exists(Path.Combine(Out, file)).Should().BeTrue(file);
        }
    }

    [Fact]
    public void The_proposed_floor_pools_the_three_passes()
    {
        ProposalWorkflow.Propose("H200", Runs, Root, Out);

        var received = File.ReadAllText(Path.Combine(Out, "baselines", "H200", "throughput", "batched.llama2-7b.received.json"));
        received.Should().Contain("\"repeats\": 3");
    }

    [Fact]
    public void Nothing_is_approved_on_the_runner()
    {
        ProposalWorkflow.Propose("H200", Runs, Root, Out);

        Directory.GetFiles(Root, "*.verified.*", SearchOption.AllDirectories).Should().BeEmpty();
        Directory.GetFiles(Out, "*.verified.*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void The_summary_says_which_outputs_moved_what_is_received_and_how_a_person_approves()
    {
        var proposal = ProposalWorkflow.Propose("H200", Runs, Root, Out);

        var summary = File.ReadAllText(proposal.SummaryPath);
        summary.Should().Contain("default: 3 passes, 6 documents, identical")
            .And.Contain("batched: 3 passes, 6 documents, 1 documents differ")
            .And.Contain("withheld (outputs differed between passes)")
            .And.Contain("`baselines/H200/snapshots/default.llama2-7b.received.txt`")
            .And.Contain("l2v approve --class H200");
    }

    [Fact]
    public void Without_recording_passes_there_is_nothing_to_propose()
    {
        var propose = () => ProposalWorkflow.Propose("H200", folder.PathOf("empty"), Root, Out);

        propose.Should().Throw<InvalidDataException>().WithMessage("*l2v gate record*");
    }

    [Fact]
    public void Passes_of_another_class_are_not_proposed_for_this_one()
    {
        var propose = () => ProposalWorkflow.Propose("H100", Runs, Root, Out);

        propose.Should().Throw<InvalidDataException>().WithMessage("*no run of class H100*");
    }

    public void Dispose() => folder.Dispose();
}
