using System.Text.Json;
using Llama2Validation.Engine.Serving;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Endpoint;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// `l2v serve` driven by the endpoint strategy must produce what the in-process default strategy
/// produces on the same model, prompts and settings: the same token ids (compared as ids, so byte
/// tokens that are not valid UTF-8 alone cannot hide a difference), text and counts.
/// </summary>
public sealed class EndpointEqualityTests(ServedTinyModel served) : IClassFixture<ServedTinyModel>
{
    /// <summary>A short cap keeps the test quick on two shared cores; the code path is the 300-token one.</summary>
    private const int NewTokens = 40;

    public static TheoryData<EndpointApi, int?> Settings => new()
    {
        { EndpointApi.Completions, null },
        { EndpointApi.Completions, 24 },
        { EndpointApi.Chat, null },
        { EndpointApi.LlamaCompletion, null },
        { EndpointApi.LlamaCompletion, 24 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task Served_outputs_equal_the_in_process_default_strategy(EndpointApi api, int? forcedTokens)
    {
        var model = TinyModelForEndpoint.Path();
        var cancellation = TestContext.Current.CancellationToken;
        var key = served.Key;
        var examples = EndpointSamples.Documents;

        // The chat route wraps the prompt in the server's template; the in-process run gets the same text verbatim.
        var inProcessExamples = api == EndpointApi.Chat
            ? [.. examples.Select(e => e with { VerbatimPrompt = ChatTemplate.Apply([("user", e.Prompt)]) })]
            : examples;
        var spec = StrategyCatalog.Default with { MaxNewTokens = NewTokens, ForceNewTokens = forcedTokens };
        var inProcess = await new WorkerHost().RunAsync(new RunRequest { Spec = spec, ModelPath = model, Examples = inProcessExamples }, new RunMetadata(), cancellation);

        var server = await served.GetAsync(model, cancellation);
        var endpointSpec = new EndpointSpec
        {
            BaseUrl = server.BaseUrl,
            Model = server.ModelName,
            KeyVariable = key.Variable,
            Api = api,
            Concurrency = 1,
            MaxNewTokens = NewTokens,
            ForceNewTokens = forcedTokens,
        };
        var endpoint = await EndpointRunner.RunAsync(endpointSpec, examples, new RunMetadata(), null, cancellation);

        inProcess.Outcome.Should().Be(RunOutcome.Completed, inProcess.FailureDetail);
        endpoint.Outcome.Should().Be(RunOutcome.Completed, endpoint.FailureDetail);
        endpoint.Documents.Select(d => d.Outcome).Should().Equal(DocumentOutcome.Ok, DocumentOutcome.Ok, DocumentOutcome.DoesNotFit);
        foreach (var expected in inProcess.Documents)
        {
            var actual = endpoint.Documents.Single(d => d.Id == expected.Id);
            actual.Outcome.Should().Be(expected.Outcome, expected.Id);
            if (expected.Outcome != DocumentOutcome.Ok)
            {
                actual.Detail.Should().Contain("maximum context length");
                continue;
            }

            actual.OutputTokenIds.Should().NotBeEmpty().And.Equal(expected.OutputTokenIds, $"{expected.Id} must generate the same tokens");
            actual.Output.Should().Be(expected.Output);
            actual.PromptTokens.Should().Be(expected.PromptTokens);
            actual.OutputTokens.Should().Be(forcedTokens ?? expected.OutputTokens);
        }

        endpoint.Metadata.EndpointIdentity.Should().Be($"endpoint:{server.ModelName}; owned_by=l2v; root={Path.GetFileName(model)}; version={CompletionServer.Version}; server=l2v");
        JsonSerializer.Serialize(endpoint, HarnessJson.Options).Should().NotContain(key.Value);
        server.Log.Should().NotContain(key.Value);
    }
}
