using Llama2Validation.Harness.GateWorkflow;
using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>The checks the gate commands' arguments share, each returning the one line a person reads, or null.</summary>
internal static class GateSettingsParsing
{
    public static IReadOnlyList<TestProject> Projects(string[] names) =>
        names.Length == 0 ? Enum.GetValues<TestProject>() : [.. names.Select(n => Enum.Parse<TestProject>(n, ignoreCase: true)).Distinct()];

    public static string? ProjectProblem(string[] names) =>
        names.FirstOrDefault(n => !Enum.TryParse<TestProject>(n, ignoreCase: true, out var p) || !Enum.IsDefined(p) || int.TryParse(n, out _)) is { } bad
            ? $"--project: '{bad}' is not one of {string.Join(", ", Enum.GetValues<TestProject>())}"
            : null;

    /// <summary>A runner gates a GPU class; the class names a baselines folder, so no path or pattern.</summary>
    public static string? ClassProblem(string name)
    {
        var bare = name.Split([' ', '-'], 2)[0];
        return Enum.TryParse<HardwareClass>(bare, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && parsed != HardwareClass.Unknown && !int.TryParse(bare, out _)
            && name.IndexOfAny(['/', '\\', '*', '?', ' ']) < 0
            ? null
            : $"'{name}' is not a hardware class (known: {string.Join(", ", Enum.GetValues<HardwareClass>().Where(c => c != HardwareClass.Unknown))})";
    }

    /// <summary>A pass name becomes a folder name.</summary>
    public static string? NameProblem(string name) =>
        name.Length == 0 || name.StartsWith('.') || name.IndexOfAny([.. Path.GetInvalidFileNameChars(), '/', '\\', '*', '?']) >= 0
            ? $"'{name}' cannot be a pass name: it becomes a folder under --runs (letters, digits, '-', '_')"
            : null;
}
