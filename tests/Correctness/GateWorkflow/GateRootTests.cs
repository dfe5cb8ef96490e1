using Llama2Validation.Harness.GateWorkflow;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.GateWorkflow;

public sealed class GateRootTests : IDisposable
{
    private readonly TemporaryFolder checkout = new();
    private readonly TemporaryFolder runner = new();

    public GateRootTests()
    {
        checkout.Write("Llama2Validation.sln", "");
        checkout.Write("data/sample-corpus.jsonl", "{}");
        foreach (var strategy in new[] { "batched", "default" })
        {
            checkout.Write($"baselines/H200/throughput/{strategy}.l2v-llama2-7b.verified.json", "{}");
            checkout.Write($"baselines/H200/snapshots/{strategy}.l2v-llama2-7b.verified.txt", "x");
            checkout.Write($"baselines/H200/memory/{strategy}.llama2-7b.verified.json", "{}");
        }
    }

    private string Root => runner.PathOf("root");

    [Fact]
    public void A_new_root_is_a_marked_copy_of_the_checkout()
    {
        GateRoot.Prepare(checkout.Path, Root, "H200", []);

        GateRoot.IsRunnerRoot(Root).Should().BeTrue();
        GateRoot.IsRunnerRoot(checkout.Path).Should().BeFalse();
        File.Exists(Path.Combine(Root, "Llama2Validation.sln")).Should().BeTrue();
        File.Exists(Path.Combine(Root, "data", "sample-corpus.jsonl")).Should().BeTrue();
        Directory.GetFiles(Path.Combine(Root, "baselines"), "*", SearchOption.AllDirectories).Should().HaveCount(6);
    }

    [Fact]
    public void Forgetting_a_strategy_removes_its_throughput_baseline_and_snapshot_only()
    {
        var forgotten = GateRoot.Prepare(checkout.Path, Root, "H200", ["batched"]);

        forgotten.Select(Path.GetFileName).Should().BeEquivalentTo("batched.l2v-llama2-7b.verified.json", "batched.l2v-llama2-7b.verified.txt");
        File.Exists(Path.Combine(Root, "baselines", "H200", "memory", "batched.llama2-7b.verified.json")).Should().BeTrue();
        File.Exists(Path.Combine(Root, "baselines", "H200", "throughput", "default.l2v-llama2-7b.verified.json")).Should().BeTrue();
        File.Exists(checkout.PathOf("baselines/H200/throughput/batched.l2v-llama2-7b.verified.json")).Should().BeTrue("the checkout is never touched");
    }

    [Fact]
    public void A_root_filled_before_is_kept_with_what_passes_left_there()
    {
        GateRoot.Prepare(checkout.Path, Root, "H200", []);
        var received = Path.Combine(Root, "baselines", "H200", "throughput", "batched.l2v-llama2-7b.received.json");
        File.WriteAllText(received, "{}");

        var forgotten = GateRoot.Prepare(checkout.Path, Root, "H200", ["default"]);

        forgotten.Should().BeEmpty();
        File.Exists(received).Should().BeTrue();
        File.Exists(Path.Combine(Root, "baselines", "H200", "throughput", "default.l2v-llama2-7b.verified.json")).Should().BeTrue();
    }

    [Theory]
    [InlineData("*")]
    [InlineData("../H100/batched")]
    [InlineData("")]
    public void A_pattern_or_path_is_not_a_strategy_to_forget(string name)
    {
        var prepare = () => GateRoot.Prepare(checkout.Path, Root, "H200", [name]);

        prepare.Should().Throw<ArgumentException>();
        Directory.Exists(Root).Should().BeFalse();
    }

    [Fact]
    public void The_checkout_itself_is_never_a_runner_root()
    {
        var prepare = () => GateRoot.Prepare(checkout.Path, checkout.Path + "/", "H200", []);

        prepare.Should().Throw<ArgumentException>();
        GateRoot.IsRunnerRoot(checkout.Path).Should().BeFalse();
    }

    public void Dispose()
    {
        checkout.Dispose();
        runner.Dispose();
    }
}
