using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Identity;
using Llama2Validation.Harness.Baselines.Store;

namespace Llama2Validation.Tests.Correctness.Baselines;

/// <summary>Verified baseline entries and files for tests.</summary>
internal static class TestBaselines
{
    /// <summary>A figure whose tolerance follows from its spread (10% from a 3.33% spread over three runs) unless one is forced.</summary>
    public static MeasuredFigure Figure(double recorded, double? tolerance = null, double spread = 0.10 / 3, int repeats = 3) =>
        new() { Recorded = recorded, RelativeSpread = spread, Repeats = repeats, Tolerance = tolerance ?? NoiseModel.Tolerance(spread, repeats) };

    public static BaselineEntry Entry(
        string strategy = "batched",
        string hardwareClass = "CPU",
        string model = "l2v-tiny",
        double docsPerSecond = 2.0,
        bool synthetic = true,
        QualityFloors? quality = null,
        IReadOnlyList<ExpectedMemoryOutcome>? memory = null) => new()
        {
            HardwareClass = hardwareClass,
            Strategy = strategy,
            Model = model,
            Throughput = new ThroughputFloors
            {
                DocsPerSecond = Figure(docsPerSecond),
                DecodeTokensPerSecond = Figure(50),
                TimeToFirstTokenP90Seconds = Figure(0.5),
            },
            Quality = quality,
            Memory = memory ?? [],
            Configuration = RunConfiguration.Of(TestRuns.Run(strategy: strategy, hardwareClass: hardwareClass)),
            Provenance = new BaselineProvenance
            {
                HardwareFingerprint = "cpu-test-fingerprint",
                HarnessCommit = "abc123",
                RecordedAt = TestRuns.StartedAt,
                LlamaSharpVersion = "0.30.0",
                ModelSynthetic = synthetic,
            },
        };

    /// <summary>Writes entries as their key's verified file, as approving a proposal would.</summary>
    public static string WriteVerified(BaselinesSandbox sandbox, params BaselineEntry[] entries)
    {
        var key = new ApprovalKey(ApprovalKind.Baseline, entries[0].Key);
        return sandbox.Write(key.RelativeVerifiedPath, BaselineFile.Format(new BaselineDocument { SchemaVersion = BaselineDocument.CurrentSchemaVersion, Entries = entries }));
    }
}
