using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running.Endpoint;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>`l2v serve` on the wire: whole and streamed answers agree, the key is enforced, parallel slots serve concurrent clients.</summary>
public sealed class ServeHttpTests(ServedTinyModel served) : IClassFixture<ServedTinyModel>
{
    [Fact]
    public async Task A_whole_response_carries_the_same_tokens_as_the_stream()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await served.GetAsync(TinyModelForEndpoint.Path(), cancellation);
        using var http = Client(server, served.Key.Value);
        var prompt = EndpointSamples.Documents[0].Prompt;

        using var response = await http.PostAsJsonAsync("v1/completions", new { model = server.ModelName, prompt, max_tokens = 12, temperature = 0, return_token_ids = true }, cancellation);
        response.EnsureSuccessStatusCode();
        using var whole = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        var choice = whole.RootElement.GetProperty("choices")[0];
        var wholeIds = choice.GetProperty("token_ids").EnumerateArray().Select(t => t.GetInt32()).ToList();

        var streamed = await EndpointRunner.RunAsync(
            new EndpointSpec { BaseUrl = server.BaseUrl, Model = server.ModelName, KeyVariable = served.Key.Variable, MaxNewTokens = 12 },
            [EndpointSamples.Documents[0]],
            new RunMetadata(),
            null,
            cancellation);

        wholeIds.Should().NotBeEmpty().And.Equal(streamed.Documents.Single().OutputTokenIds);
        choice.GetProperty("text").GetString().Should().Be(streamed.Documents.Single().Output);
        whole.RootElement.GetProperty("usage").GetProperty("prompt_tokens").GetInt32().Should().Be(streamed.Documents.Single().PromptTokens);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sk-wrong")]
    public async Task Requests_without_the_right_key_are_refused(string? key)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await served.GetAsync(TinyModelForEndpoint.Path(), cancellation);
        using var http = Client(server, key);

        using var models = await http.GetAsync(new Uri("v1/models", UriKind.Relative), cancellation);
        using var completion = await http.PostAsJsonAsync("v1/completions", new { model = server.ModelName, prompt = "x" }, cancellation);

        models.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        completion.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_key_fails_the_endpoint_run_with_a_hint_and_without_the_key()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await served.GetAsync(TinyModelForEndpoint.Path(), cancellation);
        using var wrong = TestApiKey.Set();

        var run = await EndpointRunner.RunAsync(
            new EndpointSpec { BaseUrl = server.BaseUrl, Model = server.ModelName, KeyVariable = wrong.Variable },
            [EndpointSamples.Documents[0]],
            new RunMetadata(),
            null,
            cancellation);

        run.Outcome.Should().Be(RunOutcome.Failed);
        run.FailureDetail.Should().Contain("HTTP 401").And.Contain($"is {wrong.Variable} set to the server's key?").And.NotContain(wrong.Value);
    }

    [Fact]
    public async Task Parallel_slots_serve_concurrent_documents()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var server = await ServeProcess.StartAsync(TinyModelForEndpoint.Path(), ["--parallel", "2"], cancellation);
        var examples = Enumerable.Range(0, 5)
            .Select(i => new Example { Id = $"parallel-{i}", Document = $"Document number {i} is about {i * 7} kettles." })
            .ToList();

        var run = await EndpointRunner.RunAsync(
            new EndpointSpec { BaseUrl = server.BaseUrl, Model = server.ModelName, KeyVariable = TestApiKey.Unset, Concurrency = 3, ForceNewTokens = 8 },
            examples,
            new RunMetadata(),
            null,
            cancellation);

        run.Outcome.Should().Be(RunOutcome.Completed);
        run.Documents.Should().HaveCount(5).And.OnlyContain(d => d.Outcome == DocumentOutcome.Ok && d.OutputTokenIds.Count == 8);
        run.Spec.ParallelSequences.Should().Be(3);
    }

    private static HttpClient Client(ServeProcess server, string? key)
    {
        var http = new HttpClient { BaseAddress = server.BaseUrl };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return http;
    }
}
