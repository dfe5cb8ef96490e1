namespace Llama2Validation.Harness.Comparison;

/// <summary>The paired figures: each oriented so that head/base below 1 means the head is slower.</summary>
public static class ComparisonFigures
{
    public const string DocsPerSecond = "docs/s";

    public const string DecodeSpeed = "decode tok/s";

    public const string FirstToken = "1/TTFT";

    public const string CpuTime = "docs per CPU-s";

    public const string OwnCore = "docs/s on its own core";

    /// <summary>
    /// The figures a verdict rests on. Where both builds measure their run-queue wait: wall-clock docs/s less
    /// that wait, which keeps every cost of the change (work and waits) and drops the neighbours' share of the
    /// core, the noise that hides a 5% change in plain wall time on a shared runner (docs/gate-sensitivity.md).
    /// Otherwise (a base from before it was measured) plain wall-clock docs/s and decode tok/s.
    /// TTFT and CPU time are always reported, never judged alone.
    /// </summary>
    public static IReadOnlySet<string> JudgedAmong(IEnumerable<string> figures) =>
        figures.Contains(OwnCore, StringComparer.Ordinal)
            ? new HashSet<string>(StringComparer.Ordinal) { OwnCore }
            : new HashSet<string>(StringComparer.Ordinal) { DocsPerSecond, DecodeSpeed };

    /// <summary>Each figure's head/base ratio for one pair.</summary>
    public static IEnumerable<(string Figure, double Ratio)> Ratios(SideFigures baseRun, SideFigures headRun)
    {
        ArgumentNullException.ThrowIfNull(baseRun);
        ArgumentNullException.ThrowIfNull(headRun);
        if (baseRun.OwnCoreDocsPerSecond is { } baseOwn && headRun.OwnCoreDocsPerSecond is { } headOwn)
        {
            yield return (OwnCore, headOwn / baseOwn);
        }

        yield return (DocsPerSecond, headRun.DocsPerSecond / baseRun.DocsPerSecond);
        yield return (DecodeSpeed, baseRun.DecodeSecondsPerToken / headRun.DecodeSecondsPerToken);
        yield return (FirstToken, baseRun.TimeToFirstTokenSeconds / headRun.TimeToFirstTokenSeconds);
        if (baseRun.CpuSecondsPerDocument is { } baseCpu && headRun.CpuSecondsPerDocument is { } headCpu)
        {
            yield return (CpuTime, baseCpu / headCpu);
        }
    }
}
