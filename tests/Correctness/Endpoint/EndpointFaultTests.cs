using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running.Endpoint;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>The endpoint runner against a real loopback server that fails in every way a real one can.</summary>
public sealed class EndpointFaultTests
{
    private static readonly string[] Faults = ["none", "500", "429-twice", "context", "stall", "close-mid-stream", "malformed", "error-event", "echo-key"];

    [Fact]
    public async Task Each_fault_is_that_documents_error_and_every_other_result_is_kept()
    {
        await using var server = await MisbehavingServer.StartAsync();
        using var key = TestApiKey.Set();
        var streamed = new List<DocumentResult>();

        var run = await EndpointRunner.RunAsync(Spec(server, key.Variable), Examples(Faults), new RunMetadata(), streamed.Add, TestContext.Current.CancellationToken);

        run.Outcome.Should().Be(RunOutcome.Completed);
        run.Documents.Select(d => d.Id).Should().Equal(Faults, "results keep the examples' order");
        streamed.Should().HaveCount(Faults.Length);
        run.CompletedCount.Should().Be(3);
        var result = run.Documents.ToDictionary(d => d.Id);

        result["none"].Should().BeEquivalentTo(new { Outcome = DocumentOutcome.Ok, Output = " one two three", OutputTokens = 3, PromptTokens = 17, Detail = (string?)null });
        result["none"].OutputTokenIds.Should().Equal(11, 12, 13);
        result["none"].TimeToFirstTokenSeconds.Should().BePositive();

        result["429-twice"].Outcome.Should().Be(DocumentOutcome.Ok);
        result["429-twice"].Detail.Should().StartWith("ok after 2 failed attempt(s): HTTP 429");
        server.AttemptsFor("429-twice").Should().Be(3);

        result["500"].Outcome.Should().Be(DocumentOutcome.Error);
        result["500"].Detail.Should().StartWith("HTTP 500").And.Contain("gave up after 3 attempts").And.Contain("Bearer [redacted]");
        server.AttemptsFor("500").Should().Be(3, "a 5xx is retried MaxRetries (2) times");

        result["context"].Outcome.Should().Be(DocumentOutcome.DoesNotFit);
        result["context"].Detail.Should().Contain("maximum context length");
        server.AttemptsFor("context").Should().Be(1, "a 400 is not retried");

        result["stall"].Should().BeEquivalentTo(new { Outcome = DocumentOutcome.Error, Detail = "no complete response within 2 s (request timeout)" });
        server.AttemptsFor("stall").Should().Be(1, "a stall already had the whole timeout");

        result["close-mid-stream"].Outcome.Should().Be(DocumentOutcome.Error);
        result["close-mid-stream"].Detail.Should().MatchRegex("^the stream (broke|ended before the completion finished).* after 1 output chunk");

        result["malformed"].Outcome.Should().Be(DocumentOutcome.Error);
        result["malformed"].Detail.Should().StartWith("malformed JSON from the server").And.Contain("broken");

        result["error-event"].Should().BeEquivalentTo(new { Outcome = DocumentOutcome.Error, Detail = "the server reported an error in the stream after 1 output chunk(s): engine died" });

        result["echo-key"].Should().BeEquivalentTo(new { Outcome = DocumentOutcome.Ok, Output = "Bearer [redacted]" });

        server.MaxInFlight.Should().BeInRange(2, 4, "documents run four at a time");
        JsonSerializer.Serialize(run, HarnessJson.Options).Should().NotContain(key.Value);
    }

    [Fact]
    public async Task The_run_is_keyed_by_what_the_server_says_about_itself()
    {
        await using var server = await MisbehavingServer.StartAsync();

        var run = await EndpointRunner.RunAsync(Spec(server, TestApiKey.Unset), Examples(["none"]), new RunMetadata(), null, TestContext.Current.CancellationToken);

        run.Outcome.Should().Be(RunOutcome.Completed, run.FailureDetail);
        run.Metadata.ModelPath.Should().Be("endpoint:fault-model@127.0.0.1");
        run.Metadata.ModelProfile.Should().Be(run.Metadata.ModelPath);
        run.Metadata.EndpointIdentity.Should().Be("endpoint:fault-model; owned_by=tests; server=misbehaving");
        run.Metadata.ModelSha256.Should().Be(new EndpointIdentity { Model = "fault-model", Host = "any", OwnedBy = "tests", ServerHeader = "misbehaving" }.Sha256);
        run.Strategy.Should().Be("endpoint-c4", "the load is part of the name, so baselines key each load apart");
        run.DocsPerSecond.Should().BePositive();
        run.GenerationSeconds.Should().BePositive();
    }

    [Fact]
    public async Task Synthetic_prompts_without_a_known_vocabulary_fail_the_run_before_any_document()
    {
        await using var server = await MisbehavingServer.StartAsync();

        var run = await EndpointRunner.RunAsync(Spec(server, TestApiKey.Unset), SyntheticWorkloads.Uniform(2, 10), new RunMetadata(), null, TestContext.Current.CancellationToken);

        run.Outcome.Should().Be(RunOutcome.Failed);
        run.FailureDetail.Should().Contain("token-id prompts").And.Contain("--endpoint-vocab");
        server.AttemptsFor("uniform-1").Should().Be(0);
    }

    [Fact]
    public async Task A_run_whose_every_document_fails_is_failed_with_the_first_reason()
    {
        await using var server = await MisbehavingServer.StartAsync();

        var run = await EndpointRunner.RunAsync(Spec(server, TestApiKey.Unset), Examples(["500", "context"]), new RunMetadata(), null, TestContext.Current.CancellationToken);

        run.Outcome.Should().Be(RunOutcome.Failed, "nothing completed, so the run must not read as completed");
        run.FailureDetail.Should().StartWith("no document completed (of 2); first:").And.Contain("HTTP");
        run.Documents.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_model_the_server_does_not_serve_fails_the_run_before_any_document()
    {
        await using var server = await MisbehavingServer.StartAsync();
        var spec = Spec(server, TestApiKey.Unset) with { Model = "llama-2-7b" };

        var run = await EndpointRunner.RunAsync(spec, Examples(["none"]), new RunMetadata(), null, TestContext.Current.CancellationToken);

        run.Outcome.Should().Be(RunOutcome.Failed);
        run.FailureDetail.Should().Contain("serves 'fault-model', not 'llama-2-7b'");
        run.Documents.Should().BeEmpty();
        server.AttemptsFor("none").Should().Be(0);
    }

    [Fact]
    public async Task An_unreachable_server_fails_the_run_after_bounded_retries()
    {
        var spec = new EndpointSpec
        {
            BaseUrl = new Uri($"http://127.0.0.1:{ClosedPort()}/v1"),
            Model = "m",
            KeyVariable = TestApiKey.Unset,
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        };

        var run = await EndpointRunner.RunAsync(spec, Examples(["none"]), new RunMetadata(), null, TestContext.Current.CancellationToken);

        run.Outcome.Should().Be(RunOutcome.Failed);
        run.FailureDetail.Should().StartWith("the endpoint did not identify itself: could not reach").And.EndWith("(gave up after 3 attempts)");
    }

    [Fact]
    public async Task Cancelling_keeps_the_documents_already_finished()
    {
        await using var server = await MisbehavingServer.StartAsync();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var spec = Spec(server, TestApiKey.Unset) with { Concurrency = 1, RequestTimeout = TimeSpan.FromMinutes(1) };

        var run = await EndpointRunner.RunAsync(spec, Examples(["none", "stall", "echo-key"]), new RunMetadata(), d => cancel.CancelAfter(TimeSpan.FromMilliseconds(300)), cancel.Token);

        run.Outcome.Should().Be(RunOutcome.Cancelled);
        run.Documents.Select(d => d.Id).Should().Equal("none");
        run.DocumentCount.Should().Be(3);
    }

    private static EndpointSpec Spec(MisbehavingServer server, string keyVariable) => new()
    {
        BaseUrl = server.BaseUrl,
        Model = MisbehavingServer.ModelName,
        KeyVariable = keyVariable,
        Concurrency = 4,
        RequestTimeout = TimeSpan.FromSeconds(2),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
    };

    private static List<Example> Examples(IEnumerable<string> faults) =>
        [.. faults.Select(f => new Example { Id = f, Document = $"A document with fault:{f} in it.", Reference = "a reference" })];

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
