namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>A GGUF file was refused before any native load; the message lists the file and every problem.</summary>
public sealed class GgufValidationException : Exception
{
    public GgufValidationException()
        : this("(unknown)", [])
    {
    }

    public GgufValidationException(string message)
        : base(message)
    {
        FileName = "(unknown)";
        Problems = [];
    }

    public GgufValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "(unknown)";
        Problems = [];
    }

    public GgufValidationException(string source, IReadOnlyList<GgufValidationProblem> problems)
        : base(Describe(source, problems))
    {
        FileName = source;
        Problems = problems;
    }

    /// <summary>The file that was refused.</summary>
    public string FileName { get; }

    public IReadOnlyList<GgufValidationProblem> Problems { get; }

    private static string Describe(string source, IReadOnlyList<GgufValidationProblem> problems) =>
        $"GGUF file '{source}' is invalid ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):"
        + string.Concat(problems.Select(problem => $"{System.Environment.NewLine}  - {problem}"));
}
