using System.Globalization;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// Identifies one `dotnet test` invocation across the three test assemblies' processes, so each
/// strategy runs once per invocation and every assembly reads that run, while the next invocation
/// measures afresh. LLAMA2VALIDATION_SESSION wins; otherwise the nearest ancestor that is VSTest's
/// console (one per `dotnet test`, parent of every test host it starts), qualified by its start time so a
/// reused process id never matches an old session. Outside `dotnet test`, the process group.
/// </summary>
public static class TestSession
{
    public const string SessionVariable = "LLAMA2VALIDATION_SESSION";

    public static string Current { get; } = Resolve();

    private static string Resolve()
    {
        var configured = System.Environment.GetEnvironmentVariable(SessionVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (VsTestAncestor() is { } console)
        {
            return $"vstest-{console}-{StartTimeOf(console)}";
        }

        var group = ProcessGroupOf("self");
        if (group is null)
        {
            return $"pid-{System.Environment.ProcessId}";
        }

        var leaderStart = StartTimeOf(group);
        return leaderStart is null ? $"pgid-{group}" : $"pgid-{group}-{leaderStart}";
    }

    // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..." — comm may hold spaces, so split after ')'.
    private static string[]? StatFields(string pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? VsTestAncestor()
    {
        var pid = ParentOf("self");
        for (var depth = 0; pid is not null and not "0" and not "1" && depth < 16; depth++)
        {
            if (CommandLineOf(pid).Contains("vstest.console", StringComparison.OrdinalIgnoreCase))
            {
                return pid;
            }

            pid = ParentOf(pid);
        }

        return null;
    }

    private static string CommandLineOf(string pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static string? ParentOf(string pid) => StatFields(pid) is { Length: > 1 } fields ? fields[1] : null;

    private static string? ProcessGroupOf(string pid) => StatFields(pid) is { Length: > 2 } fields ? fields[2] : null;

    private static string? StartTimeOf(string pid) =>
        StatFields(pid) is { Length: > 19 } fields && long.TryParse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
            ? ticks.ToString(CultureInfo.InvariantCulture)
            : null;
}
