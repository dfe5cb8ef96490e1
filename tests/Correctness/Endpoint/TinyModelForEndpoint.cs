namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>The generated tiny model both sides of the equality test run on.</summary>
internal static class TinyModelForEndpoint
{
    public static string PathOrSkip()
    {
        var path = System.Environment.GetEnvironmentVariable("L2V_ENDPOINT_TEST_MODEL");
        if (path is null)
        {
            Assert.Skip("generated tiny model not available");
        }

        return path;
    }
}
