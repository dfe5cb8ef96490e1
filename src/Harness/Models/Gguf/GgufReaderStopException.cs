namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// Raised inside the reader when the structure is broken past recovery (the next field's position is
/// unknown); caught at the top of the read and turned into a problem. Never escapes <see cref="GgufReader"/>.
/// </summary>
internal sealed class GgufReaderStopException : Exception
{
    public GgufReaderStopException()
    {
    }

    public GgufReaderStopException(string message)
        : base(message)
    {
    }

    public GgufReaderStopException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GgufReaderStopException(GgufValidationProblemKind kind, string detail, long offset)
        : base(detail)
    {
        Kind = kind;
        Offset = offset;
    }

    public GgufValidationProblemKind Kind { get; }

    public long Offset { get; }
}
