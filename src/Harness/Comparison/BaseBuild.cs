namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// The merge base's build, which a change is judged against side by side: a folder holding the base's
/// l2v-worker with its assemblies and native library (scripts/build-base.sh makes one from a git ref).
/// </summary>
public static class BaseBuild
{
    /// <summary>Names the base build's folder; unset, only the approved baselines judge.</summary>
    public const string Variable = "LLAMA2VALIDATION_BASE";

    private const string Worker = "l2v-worker";

    /// <summary>The folder the variable names, or null when it is unset.</summary>
    public static string? ConfiguredFolder()
    {
        var value = System.Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>The worker program in a build folder (its dll, which runs through the dotnet host); a clear error when there is none.</summary>
    public static string WorkerIn(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"base build folder '{folder}' does not exist (build it with scripts/build-base.sh)");
        }

        var dll = Path.Combine(folder, Worker + ".dll");
        return File.Exists(dll)
            ? Path.GetFullPath(dll)
            : throw new FileNotFoundException($"'{folder}' holds no {Worker}.dll: not a worker build (build it with scripts/build-base.sh)");
    }
}
