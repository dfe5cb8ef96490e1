using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>The generated tiny F16 model (made once, shared through .cache/models) both sides of the equality test run on.</summary>
internal static class TinyModelForEndpoint
{
    public static string Path() => GeneratedModels.GetOrCreate("tiny", WeightType.F16, cancellationToken: TestContext.Current.CancellationToken).Path;
}
