namespace Llama2Validation.Harness.Comparison;

/// <summary>The paired figures: each oriented so that head/base below 1 means the head is slower.</summary>
public static class ComparisonFigures
{
    public const string DocsPerSecond = "docs/s";

    public const string DecodeSpeed = "decode tok/s";

    public const string FirstToken = "1/TTFT";

    public const string CpuTime = "docs per CPU-s";

    /// <summary>
    /// The figures a verdict rests on: wall-clock speed as a user sees it. TTFT and CPU time are reported;
    /// on the CPU runner measured, TTFT of a short prompt is a few milliseconds and moves more than δ
    /// between identical runs (docs/gate-sensitivity.md).
    /// </summary>
    public static IReadOnlySet<string> Judged { get; } = new HashSet<string>(StringComparer.Ordinal) { DocsPerSecond, DecodeSpeed };

    /// <summary>Each figure's head/base ratio for one pair.</summary>
    public static IEnumerable<(string Figure, double Ratio)> Ratios(SideFigures baseRun, SideFigures headRun)
    {
        ArgumentNullException.ThrowIfNull(baseRun);
        ArgumentNullException.ThrowIfNull(headRun);
        yield return (DocsPerSecond, headRun.DocsPerSecond / baseRun.DocsPerSecond);
        yield return (DecodeSpeed, baseRun.DecodeSecondsPerToken / headRun.DecodeSecondsPerToken);
        yield return (FirstToken, baseRun.TimeToFirstTokenSeconds / headRun.TimeToFirstTokenSeconds);
        if (baseRun.CpuSecondsPerDocument is { } baseCpu && headRun.CpuSecondsPerDocument is { } headCpu)
        {
            yield return (CpuTime, baseCpu / headCpu);
        }
    }
}
