using System.Diagnostics;
using Llama2Validation.Harness.Processes;

namespace Llama2Validation.Tests.Support;

/// <summary>Runs the real l2v command (built beside the tests, found as the run host finds its worker) and returns its exit code and output.</summary>
public static class L2vProcess
{
    /// <summary>How to start l2v with these arguments, for tests that drive the process themselves.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments) => DotnetProgram.StartInfo("l2v", null, arguments);

    /// <param name="arguments">The command line after <c>l2v</c>.</param>
    /// <param name="environment">Variables to set (a null value removes the variable).</param>
    /// <param name="workingDirectory">Where it runs; the test's own folder when null.</param>
    /// <param name="timeout">When given, a process still running after it is killed and reported with exit code <see cref="TimedOut"/>.</param>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = StartInfo(arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = workingDirectory ?? "";

        // Wide enough that Spectre wraps neither tables nor paths.
        start.Environment["COLUMNS"] = "400";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var token = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(token);
        var error = process.StandardError.ReadToEndAsync(token);
        try
        {
            await process.WaitForExitAsync(token).WaitAsync(timeout ?? Timeout.InfiniteTimeSpan, token);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(token);
            return (TimedOut, await output + await error);
        }

        return (process.ExitCode, await output + await error);
    }

    /// <summary>The exit code reported for a process killed at its timeout (no real exit code is negative on Unix).</summary>
    public const int TimedOut = -1;

    public static Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => RunAsync(arguments, null, null);
}
