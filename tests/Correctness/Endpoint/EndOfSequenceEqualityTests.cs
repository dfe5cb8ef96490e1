using Llama2Validation.Harness;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Endpoint;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// The trained summariser ends its summaries itself, and llama-server's /completion then streams the
/// end-of-sequence token as one more object (l2v serve does as llama-server does, seen on b10361): served
/// outputs must still equal the in-process default's token for token, the end-of-sequence token not among them.
/// </summary>
public sealed class EndOfSequenceEqualityTests
{
    private const int Cap = 120;

    [Fact]
    public async Task A_model_that_stops_by_itself_serves_the_in_process_tokens_and_no_end_of_sequence()
    {
        var model = TrainedModels.SummariserPath(RepositoryLayout.Current);
        var cancellation = TestContext.Current.CancellationToken;
        var examples = EndpointSamples.Documents.Take(2).ToArray();
        var spec = StrategyCatalog.Default with { MaxNewTokens = Cap };
        var inProcess = await new WorkerHost().RunAsync(new RunRequest { Spec = spec, ModelPath = model, Examples = examples }, new RunMetadata(), cancellation);
        using var key = TestApiKey.Set();
        await using var server = await ServeProcess.StartAsync(model, ["--api-key-env", key.Variable], cancellation);
        var endpointSpec = new EndpointSpec
        {
            BaseUrl = server.BaseUrl,
            Model = server.ModelName,
            KeyVariable = key.Variable,
            Api = EndpointApi.LlamaCompletion,
            Concurrency = 1,
            MaxNewTokens = Cap,
        };

        var endpoint = await EndpointRunner.RunAsync(endpointSpec, examples, new RunMetadata(), null, cancellation);

        inProcess.Documents.Should().OnlyContain(d => d.Outcome == DocumentOutcome.Ok && d.OutputTokens < Cap, "the summariser stops before the cap");
        foreach (var expected in inProcess.Documents)
        {
            var actual = endpoint.Documents.Single(d => d.Id == expected.Id);
            actual.OutputTokenIds.Should().Equal(expected.OutputTokenIds, $"{expected.Id} must generate the same tokens, without end-of-sequence");
            actual.OutputTokens.Should().Be(expected.OutputTokens);
        }
    }
}
