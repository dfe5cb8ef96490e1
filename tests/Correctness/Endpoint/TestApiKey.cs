namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>A random key in an environment variable of its own (tests run in parallel), removed on dispose.</summary>
internal sealed class TestApiKey : IDisposable
{
    /// <summary>A variable name nobody sets: runs that send no key.</summary>
    public const string Unset = "L2V_TEST_KEY_THAT_IS_NEVER_SET";

    private TestApiKey(string variable, string value)
    {
        Variable = variable;
        Value = value;
        System.Environment.SetEnvironmentVariable(variable, value);
    }

    public string Variable { get; }

    public string Value { get; }

    public static TestApiKey Set() => new("L2V_TEST_KEY_" + Guid.NewGuid().ToString("N"), "sk-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => System.Environment.SetEnvironmentVariable(Variable, null);
}
