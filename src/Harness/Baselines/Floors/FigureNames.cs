namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>The names figures carry in violations, verdicts and reports.</summary>
public static class FigureNames
{
    public const string DocsPerSecond = "docs/s";

    public const string DecodeTokensPerSecond = "decode tokens/s";

    public const string TimeToFirstTokenP90 = "TTFT p90 (s)";

    public const string OutputTokensPerSecond = "output tokens/s";

    public const string TimeToFirstTokenP99 = "TTFT p99 (s)";

    public const string TimePerOutputTokenP90 = "TPOT p90 (s)";

    public const string TimePerOutputTokenP99 = "TPOT p99 (s)";

    public const string Rouge1 = "ROUGE-1 F1";

    public const string Rouge1RelativeToDefault = "ROUGE-1 relative to default";

    public const string MemoryOutcome = "memory outcome";

    public const string RunOutcome = "run outcome";

    public const string Model = "model";

    public const string OutputSnapshot = "output snapshot";
}
