namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>How one test program of a pass ended: its exit code, the xunit summary line, and where its full output is.</summary>
public sealed record TestProgramOutcome(TestProject Project, int ExitCode, string Summary, double Seconds, string LogPath)
{
    public bool Passed => ExitCode == 0;

    /// <summary>The last "Total: …" line of a test program's output, or a note that there was none (it crashed before its summary).</summary>
    public static string SummaryOf(IEnumerable<string> outputLines)
    {
        ArgumentNullException.ThrowIfNull(outputLines);
        return outputLines.LastOrDefault(line => line.Contains("Total:", StringComparison.Ordinal))?.Trim()
            ?? "no test summary in the output (see the log)";
    }
}
