using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Reports;

/// <summary>
/// One run as the report shows it: numbered (the same number in the summary and provenance tables),
/// labelled by hardware, and tied to the file it came from.
/// </summary>
public sealed record ReportRun(int Number, string Hardware, RunResult Run, string SourcePath)
{
    public string Strategy => Run.Strategy;

    /// <summary>"A100 · flash-attn": how charts name a run.</summary>
    public string Label => $"{Hardware} · {Strategy}";

    /// <summary>Quality carries over only from real weights and only where references were scored.</summary>
    public double? Rouge1 => Run.Metadata.ModelSynthetic ? null : Run.Rouge1F1;

    public bool Completed => Run.Outcome == RunOutcome.Completed;
}
