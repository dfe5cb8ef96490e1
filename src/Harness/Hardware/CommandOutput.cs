namespace Llama2Validation.Harness.Hardware;

/// <summary>What a probe command printed. <see cref="ExitCode"/> is null when the command could not start (not installed).</summary>
public sealed record CommandOutput(int? ExitCode, string StandardOutput, string StandardError = "")
{
    public bool Succeeded => ExitCode == 0;

    public bool NotFound => ExitCode is null;

    /// <summary>Both streams, for messages: tools disagree on which one carries the error.</summary>
    public string AllText => string.IsNullOrEmpty(StandardError) ? StandardOutput : StandardOutput + "\n" + StandardError;

    public static CommandOutput Missing(string why) => new(null, "", why);
}
