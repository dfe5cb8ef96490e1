using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Baselines;

/// <summary>Run results as a runner would record them, with only the figures a test cares about set.</summary>
internal static class TestRuns
{
    public static readonly DateTimeOffset StartedAt = new(2025, 1, 15, 10, 30, 0, TimeSpan.Zero);

    public static RunResult Run(
        string strategy = "batched",
        string hardwareClass = "CPU",
        double docsPerSecond = 2.0,
        double decodeTokensPerSecond = 50,
        double timeToFirstTokenP90 = 0.5,
        bool synthetic = true,
        string? profile = "l2v-tiny",
        double? rouge1 = null,
        RunOutcome outcome = RunOutcome.Completed,
        IReadOnlyList<DocumentResult>? documents = null) => new()
        {
            Strategy = strategy,
            Spec = StrategyCatalog.Find(strategy) ?? new StrategySpec { Name = strategy },
            Outcome = outcome,
            DocsPerSecond = docsPerSecond,
            DecodeTokensPerSecond = decodeTokensPerSecond,
            TimeToFirstTokenP90Seconds = timeToFirstTokenP90,
            Rouge1F1 = rouge1,
            Documents = documents ?? Documents(),
            Metadata = new RunMetadata
            {
                HardwareClass = hardwareClass,
                HardwareFingerprint = "cpu-test-fingerprint",
                HarnessCommit = "abc123",
                LlamaSharpVersion = "0.30.0",
                ModelProfile = profile,
                ModelSha256 = new string('a', 64),
                ModelSynthetic = synthetic,
                DatasetHash = "dataset-1",
                StartedAt = StartedAt,
            },
        };

    public static IReadOnlyList<DocumentResult> Documents(string secondOutput = "Second summary.") =>
    [
        new() { Id = "doc-b", Outcome = DocumentOutcome.Ok, Output = secondOutput, OutputTokenIds = [7, 8, 9] },
        new() { Id = "doc-a", Outcome = DocumentOutcome.Ok, Output = "First summary,\nover two lines.", OutputTokenIds = [1, 2, 3] },
    ];
}
