
namespace Llama2Validation.Harness.Measurement;

/// <summary>One results file that was read and accepted, with the path it came from (named in provenance).</summary>
public sealed record LoadedResultsFile(string Path, ResultsFile Results);
