namespace Llama2Validation.Harness.Approval.Paths;

/// <summary>A baseline read or write that would leave the baselines folder (by "..", an absolute path or a link).</summary>
public sealed class UnsafeBaselinePathException : Exception
{
    public UnsafeBaselinePathException()
    {
    }

    public UnsafeBaselinePathException(string message)
        : base(message)
    {
    }

    public UnsafeBaselinePathException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
