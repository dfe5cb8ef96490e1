
namespace Llama2Validation.Harness.Measurement;

/// <summary>Every file asked for, read at once: the accepted ones and every problem with the others.</summary>
public sealed record ResultsLoad(IReadOnlyList<LoadedResultsFile> Files, IReadOnlyList<ResultsLoadProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0 && Files.Count > 0;
}
