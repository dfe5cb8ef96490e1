using System.Diagnostics;
using System.Globalization;

namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>
/// Runs a <see cref="GatePass"/>: each test program in turn, its whole output to PROJECT.log in the pass
/// folder, then the suite's results files (TestResults/l2v of the suite root) copied beside the reports.
/// </summary>
public static class GatePassRunner
{
    public static IReadOnlyList<TestProgramOutcome> Run(GatePass pass, Action<string> report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(pass.PassFolder);
        var suiteResults = Path.Combine(pass.SuiteRoot, "TestResults", "l2v");
        // Results of an earlier pass must not pass for this one's.
        if (Directory.Exists(suiteResults))
        {
            Directory.Delete(suiteResults, recursive: true);
        }

        var outcomes = new List<TestProgramOutcome>();
        foreach (var project in pass.Projects)
        {
            var outcome = RunProgram(TestProgramInvocation.For(pass, project), project, pass.PassFolder, cancellationToken);
            outcomes.Add(outcome);
            report(string.Create(CultureInfo.InvariantCulture, $"gate {pass.Name} | {pass.HardwareClass} | {project}: {outcome.Summary} (exit {outcome.ExitCode}, {outcome.Seconds:F0} s)"));
        }

        if (Directory.Exists(suiteResults))
        {
            foreach (var file in Directory.GetFiles(suiteResults))
            {
                File.Copy(file, Path.Combine(pass.PassFolder, Path.GetFileName(file)), overwrite: true);
            }
        }

        return outcomes;
    }

    private static TestProgramOutcome RunProgram(TestProgramInvocation invocation, TestProject project, string folder, CancellationToken cancellationToken)
    {
        var logPath = Path.Combine(folder, project + ".log");
        if (!File.Exists(invocation.FileName))
        {
            File.WriteAllText(logPath, $"no test program at {invocation.FileName}\n");
            return new TestProgramOutcome(project, 2, $"no test program at {invocation.FileName}", 0, logPath);
        }

        var start = new ProcessStartInfo(invocation.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in invocation.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in invocation.Environment)
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

        var lines = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        using (var log = new StreamWriter(logPath))
        using (var process = new Process { StartInfo = start })
        {
            void Keep(object sender, DataReceivedEventArgs e)
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (lines)
                {
                    lines.Add(e.Data);
                    log.WriteLine(e.Data);
                }
            }

            process.OutputDataReceived += Keep;
            process.ErrorDataReceived += Keep;
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using (cancellationToken.Register(() => process.Kill(entireProcessTree: true)))
            {
                process.WaitForExit();
            }

            return new TestProgramOutcome(project, process.ExitCode, TestProgramOutcome.SummaryOf(lines), stopwatch.Elapsed.TotalSeconds, logPath);
        }
    }
}
