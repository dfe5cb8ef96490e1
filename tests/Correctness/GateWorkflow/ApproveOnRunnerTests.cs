using Llama2Validation.Harness.GateWorkflow;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.GateWorkflow;

/// <summary>A runner proposes, a person approves: <c>l2v approve</c> refuses in a runner's suite root, also where CI is not set.</summary>
public sealed class ApproveOnRunnerTests : IDisposable
{
    private readonly TemporaryFolder root = new();

    private static readonly Dictionary<string, string?> NoCi = new() { ["CI"] = null, ["TF_BUILD"] = null };

    public ApproveOnRunnerTests() =>
        root.Write("baselines/H200/snapshots/batched.l2v-llama2-7b.received.txt", "outputs\n");

    private string Verified => root.PathOf("baselines/H200/snapshots/batched.l2v-llama2-7b.verified.txt");

    [Fact]
    public async Task Approving_in_a_runner_s_suite_root_is_refused_and_changes_nothing()
    {
        root.Write(GateRoot.MarkerName, "");

        var (exitCode, output) = await L2vProcess.RunAsync(["approve", "--baselines", root.PathOf("baselines")], NoCi);

        exitCode.Should().Be(1, output);
        output.Should().Contain("refused").And.Contain("runner");
        File.Exists(Verified).Should().BeFalse();
    }

    [Fact]
    public async Task Listing_there_is_allowed()
    {
        root.Write(GateRoot.MarkerName, "");

        var (exitCode, output) = await L2vProcess.RunAsync(["approve", "--list", "--baselines", root.PathOf("baselines")], NoCi);

        exitCode.Should().Be(0, output);
        output.Should().Contain("pending");
    }

    [Fact]
    public async Task The_same_files_in_a_person_s_checkout_are_approved()
    {
        var (exitCode, output) = await L2vProcess.RunAsync(["approve", "--baselines", root.PathOf("baselines")], NoCi);

        exitCode.Should().Be(0, output);
        File.Exists(Verified).Should().BeTrue();
    }

    public void Dispose() => root.Dispose();
}
