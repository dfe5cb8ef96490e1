using System.Globalization;

namespace Llama2Validation.Harness.Running.Cache;

/// <summary>
/// Identifies one `dotnet test` invocation across the three test assemblies' processes, so each
/// strategy runs once per invocation and every assembly reads that run. LLAMA2VALIDATION_SESSION wins;
/// otherwise the process group (every process `dotnet test` starts shares its shell job's group),
/// qualified by the group leader's start time so a reused group id never matches an old session.
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

    private static string? ProcessGroupOf(string pid) => StatFields(pid) is { Length: > 2 } fields ? fields[2] : null;

    private static string? StartTimeOf(string pid) =>
        StatFields(pid) is { Length: > 19 } fields && long.TryParse(fields[19], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
            ? ticks.ToString(CultureInfo.InvariantCulture)
            : null;
}
