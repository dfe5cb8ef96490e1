namespace Llama2Validation.Harness.Configuration;

/// <summary>One thing wrong with the suite's configuration, named by the variable a person must fix.</summary>
public sealed record ConfigurationProblem(string Variable, string Value, string Message)
{
    public override string ToString() => $"{Variable}={Value}: {Message}";
}
