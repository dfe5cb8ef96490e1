
namespace Llama2Validation.Harness.Measurement;

/// <summary>Why one results file cannot go into a report; the path is always named so the reader can act.</summary>
public sealed record ResultsLoadProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
