namespace Llama2Validation.Harness.Approval;

/// <summary>
/// Approval is a person's act: a CI job that approved its own received files would turn every
/// regression into the new baseline. CI systems set <c>CI=true</c> (GitHub, GitLab, Azure's agents via
/// TF_BUILD, most others).
/// </summary>
public static class ContinuousIntegration
{
    public const string Variable = "CI";

    public static bool IsDetected(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return IsTrue(environment(Variable)) || IsTrue(environment("TF_BUILD"));
    }

    public static bool IsDetected() => IsDetected(Environment.GetEnvironmentVariable);

    private static bool IsTrue(string? value) =>
        value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1" || value.Equals("yes", StringComparison.OrdinalIgnoreCase));
}
