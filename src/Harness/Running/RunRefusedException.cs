namespace Llama2Validation.Harness.Running;

/// <summary>A run refused before any native code ran (<see cref="RunLimits"/>): bad input, one line naming every problem.</summary>
public sealed class RunRefusedException : ArgumentException
{
    public RunRefusedException()
    {
    }

    public RunRefusedException(string message)
        : base(message)
    {
    }

    public RunRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RunRefusedException(IReadOnlyList<string> problems)
        : base("refused before starting: " + string.Join("; ", problems ?? []))
    {
    }
}
