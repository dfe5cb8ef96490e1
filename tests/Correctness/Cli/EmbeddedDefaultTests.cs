using Llama2Validation.Cli.Commands.Run;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>Which `l2v run` invocations run the embedded default as the CPU gate does, and so are labelled CPU.</summary>
public sealed class EmbeddedDefaultTests
{
    [Fact]
    public void No_model_and_an_in_process_strategy_is_the_embedded_default() =>
        new RunSettings { Strategies = ["default"] }.RunsEmbeddedDefault.Should().BeTrue();

    [Fact]
    public void An_endpoint_only_run_is_not_the_embedded_default()
    {
        // Its sweeps against llama-server on an H200 were labelled "CPU" in results and report charts.
        new RunSettings { Strategies = ["endpoint"], Endpoint = "http://127.0.0.1:8080" }.RunsEmbeddedDefault.Should().BeFalse();
        new RunSettings { Endpoint = "http://127.0.0.1:8080" }.RunsEmbeddedDefault.Should().BeFalse();
    }

    [Fact]
    public void A_generated_model_is_not_the_embedded_default() =>
        new RunSettings { Preset = "llama2-7b" }.RunsEmbeddedDefault.Should().BeFalse();
}
