using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Endpoint;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// Issue 21 against `l2v serve` (one slot, so concurrent requests queue as they do on a busy server):
/// synthetic workloads go as token-id prompts and match the in-process engine, token ids come back
/// (and their absence is stated), aggregates over overlapping requests are over wall time, and a run
/// that completes nothing is failed.
/// </summary>
public sealed class EndpointServingTests(ServedTinyModel served) : IClassFixture<ServedTinyModel>
{
    private const int NewTokens = 12;

    [Theory]
    [InlineData(EndpointApi.Completions)]
    [InlineData(EndpointApi.LlamaCompletion)]
    public async Task Synthetic_prompts_go_as_token_ids_and_match_the_in_process_default(EndpointApi api)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var model = TinyModelForEndpoint.Path();
        var examples = SyntheticWorkloads.Uniform(2, 24);
        var spec = StrategyCatalog.Default with { MaxNewTokens = NewTokens, ForceNewTokens = NewTokens };
        var inProcess = await new WorkerHost().RunAsync(new RunRequest { Spec = spec, ModelPath = model, Examples = examples }, new RunMetadata(), cancellation);

        var endpoint = await RunAsync(model, examples, s => s with { Api = api, ForceNewTokens = NewTokens }, cancellation);

        inProcess.Outcome.Should().Be(RunOutcome.Completed, inProcess.FailureDetail);
        endpoint.Outcome.Should().Be(RunOutcome.Completed, endpoint.FailureDetail);
        foreach (var expected in inProcess.Documents)
        {
            var actual = endpoint.Documents.Single(d => d.Id == expected.Id);
            actual.Outcome.Should().Be(DocumentOutcome.Ok, actual.Detail);
            actual.PromptTokens.Should().Be(24, "the id prompt is sent whole, BOS included, and the server adds nothing");
            actual.OutputTokenIds.Should().HaveCount(NewTokens).And.Equal(expected.OutputTokenIds, $"{expected.Id}: the same prompt ids must generate the same tokens");
        }

        endpoint.Serving!.RequestsWithTokenIds.Should().Be(2);
        endpoint.Serving.TokenIdsNotice.Should().BeNull();
    }

    [Fact]
    public async Task A_server_that_returns_no_token_ids_is_stated_in_the_result()
    {
        var cancellation = TestContext.Current.CancellationToken;

        var run = await RunAsync(TinyModelForEndpoint.Path(), [EndpointSamples.Documents[0]], s => s with { RequestTokenIds = false }, cancellation);

        run.Outcome.Should().Be(RunOutcome.Completed, run.FailureDetail);
        run.Documents.Single().OutputTokenIds.Should().BeEmpty("l2v serve, like vLLM and llama-server, sends ids only when asked");
        run.Serving!.RequestsWithTokenIds.Should().Be(0);
        run.Serving.TokenIdsNotice.Should().Contain("1 of 1 completed documents came back without token ids").And.Contain("--endpoint-no-token-ids");
    }

    [Fact]
    public async Task Overlapping_requests_are_aggregated_over_wall_time()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var examples = SyntheticWorkloads.Uniform(4, 32);

        var run = await RunAsync(TinyModelForEndpoint.Path(), examples, s => s with { Concurrency = 4, ForceNewTokens = NewTokens }, cancellation);

        run.Outcome.Should().Be(RunOutcome.Completed, run.FailureDetail);
        run.Strategy.Should().Be("endpoint-c4");
        var summedTtft = run.Documents.Sum(d => d.TimeToFirstTokenSeconds);
        summedTtft.Should().BeGreaterThan(run.GenerationSeconds, "precondition: four requests queued on one slot overlap, so their TTFTs sum past the wall time");
        run.Engine!.PrefillSeconds.Should().BeLessThanOrEqualTo(run.GenerationSeconds, "prefill time is wall time during which some request waited, not a sum");
        run.Engine.DecodeOnlySeconds.Should().BeLessThanOrEqualTo(run.GenerationSeconds);
        run.PrefillTokensPerSecond.Should().BeApproximately(4 * 32 / run.Engine.PrefillSeconds, 1e-6);

        var serving = run.Serving!;
        serving.Load.Should().BeEquivalentTo(new { Concurrency = 4, RequestRate = (double?)null });
        serving.CompletedRequests.Should().Be(4);
        serving.OutputTokensPerSecond.Should().BeApproximately(4 * NewTokens / serving.DurationSeconds, 1e-6);
        serving.DurationSeconds.Should().BeApproximately(run.GenerationSeconds, 1e-9);
        serving.TimeToFirstToken.P99.Should().BeGreaterThanOrEqualTo(serving.TimeToFirstToken.P90).And.BeGreaterThanOrEqualTo(serving.TimeToFirstToken.P50);
        serving.EndToEnd.P50.Should().BeGreaterThan(serving.TimeToFirstToken.P50);
    }

    [Fact]
    public async Task A_run_in_which_no_document_completes_is_failed()
    {
        var cancellation = TestContext.Current.CancellationToken;

        var run = await RunAsync(TinyModelForEndpoint.Path(), SyntheticWorkloads.Uniform(2, 5000), s => s, cancellation);

        run.Outcome.Should().Be(RunOutcome.Failed);
        run.FailureDetail.Should().StartWith("no document completed (of 2)").And.Contain("does-not-fit");
        run.Documents.Should().HaveCount(2).And.OnlyContain(d => d.Outcome == DocumentOutcome.DoesNotFit);
    }

    private async Task<RunResult> RunAsync(string model, IReadOnlyList<Example> examples, Func<EndpointSpec, EndpointSpec> configure, CancellationToken cancellation)
    {
        var server = await served.GetAsync(model, cancellation);
        var spec = configure(new EndpointSpec
        {
            BaseUrl = server.BaseUrl,
            Model = server.ModelName,
            KeyVariable = served.Key.Variable,
            MaxNewTokens = NewTokens,
        });
        return await EndpointRunner.RunAsync(spec, examples, new RunMetadata(), null, cancellation);
    }
}
