using Llama2Validation.Harness.Running.Endpoint;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Endpoint;

public sealed class EndpointSpecTests
{
    [Fact]
    public void A_default_spec_is_valid_and_runs_as_the_endpoint_strategy()
    {
        var spec = new EndpointSpec { BaseUrl = new Uri("http://127.0.0.1:8000"), Model = "m" };

        spec.Validate().Should().BeEmpty();
        spec.Strategy.Should().BeEquivalentTo(new { Name = "endpoint", Kind = StrategyKind.Endpoint, MaxNewTokens = 300, ParallelSequences = 1 });
        spec.KeyVariable.Should().Be("OPENAI_API_KEY");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var spec = new EndpointSpec
        {
            BaseUrl = new Uri("ftp://host/"),
            Model = " ",
            KeyVariable = "",
            Concurrency = 0,
            RequestTimeout = TimeSpan.Zero,
            MaxRetries = -1,
            MaxNewTokens = 0,
        };

        spec.Validate().Should().HaveCount(7);
    }

    [Fact]
    public void The_request_body_is_greedy_capped_and_streamed()
    {
        var spec = new EndpointSpec { BaseUrl = new Uri("http://h"), Model = "m", ForceNewTokens = 50 };

        var body = CompletionRequestBody.For(spec, EndpointPrompt.OfText("text")).ToJsonString();

        body.Should().Contain("\"prompt\":\"text\"").And.Contain("\"max_tokens\":50").And.Contain("\"temperature\":0")
            .And.Contain("\"stream\":true").And.Contain("\"ignore_eos\":true").And.Contain("\"include_usage\":true");
    }

    [Fact]
    public void Chat_sends_the_prompt_as_one_user_message()
    {
        var spec = new EndpointSpec { BaseUrl = new Uri("http://h"), Model = "m", Api = EndpointApi.Chat, RequestTokenIds = false };

        var body = CompletionRequestBody.For(spec, EndpointPrompt.OfText("text")).ToJsonString();

        body.Should().Contain("\"messages\":[{\"role\":\"user\",\"content\":\"text\"}]").And.NotContain("prompt").And.NotContain("return_token_ids");
        spec.Strategy.Name.Should().Be("endpoint-chat");
    }

    [Fact]
    public void Identity_ignores_host_and_port_but_not_what_the_server_says()
    {
        var here = new EndpointIdentity { Model = "m", Host = "127.0.0.1", OwnedBy = "vllm", Version = "0.6.3" };
        var there = here with { Host = "gpu-box" };
        var upgraded = here with { Version = "0.7.0" };

        here.Sha256.Should().Be(there.Sha256).And.HaveLength(64);
        upgraded.Sha256.Should().NotBe(here.Sha256);
        here.ModelLabel.Should().Be("endpoint:m@127.0.0.1");
        here.Describe().Should().Be("endpoint:m; owned_by=vllm; version=0.6.3");
    }
}
