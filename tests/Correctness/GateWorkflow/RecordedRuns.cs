using Llama2Validation.Harness.Measurement;
using Llama2Validation.Tests.Correctness.Reports;

namespace Llama2Validation.Tests.Correctness.GateWorkflow;

/// <summary>H200 runs as a recording pass writes them, with greedy token ids a test can make differ.</summary>
internal static class RecordedRuns
{
    public const string Machine = "NVIDIA H200, 143771 MiB";

    /// <param name="strategy">The strategy run.</param>
    /// <param name="docsPerSecond">Its throughput in this pass.</param>
    /// <param name="changedDocument">A document whose last token is changed, as a nondeterministic kernel would, or -1.</param>
    public static RunResult Run(string strategy, double docsPerSecond, int changedDocument = -1)
    {
        var run = SampleResults.Run("H200", Machine, strategy, docsPerSecond, null, 14, documents: 6);
        return run with
        {
            Metadata = run.Metadata with { ModelSynthetic = true },
            Documents = [.. run.Documents.Select((d, i) => d with { OutputTokenIds = i == changedDocument ? [1, 2, 3, 99] : [1, 2, 3, i] })],
        };
    }

    public static void WritePass(string folder, params RunResult[] runs)
    {
        Directory.CreateDirectory(folder);
        foreach (var run in runs)
        {
            ResultsStore.WriteFile(Path.Combine(folder, $"results-H200-{run.Strategy}.json"), new ResultsFile { Runs = [run] });
        }
    }
}
