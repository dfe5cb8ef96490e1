using System.ComponentModel;
using System.Diagnostics;

namespace Llama2Validation.Harness.Hardware.Probes;

/// <summary>Runs a probe command with the C locale and a time limit; a missing command is data, not an exception.</summary>
public static class CommandRunner
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static CommandOutput Run(string command, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tools localise numbers and messages; the parsers read the C locale's.
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                return new CommandOutput(-1, "", $"{command} did not finish within {Limit.TotalSeconds:0} s");
            }

            return new CommandOutput(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
        catch (Win32Exception e)
        {
            return CommandOutput.Missing($"{command}: {e.Message}");
        }
    }
}
