using System.Diagnostics;

namespace Llama2Validation.Harness.Processes;

/// <summary>
/// Starts one of this suite's .NET programs (the worker, or l2v itself for the CLI tests) found beside the
/// calling assembly, whether that is a framework-dependent build (run through the dotnet host) or a
/// self-contained publish (its own apphost, there being no dotnet host to borrow).
/// </summary>
public static class DotnetProgram
{
    /// <param name="name">The program's assembly name: l2v-worker, l2v.</param>
    /// <param name="overrideVariable">An environment variable that, when set, names the program to start instead.</param>
    /// <param name="arguments">Its command line.</param>
    public static ProcessStartInfo StartInfo(string name, string? overrideVariable, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return StartInfoAt(Locate(name, overrideVariable), arguments);
    }

    /// <summary>Starts the program at <paramref name="target"/> (a .dll through the dotnet host, or an apphost).</summary>
    public static ProcessStartInfo StartInfoAt(string target, IEnumerable<string> arguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentNullException.ThrowIfNull(arguments);
        var info = new ProcessStartInfo();
        if (target.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            info.FileName = DotnetHost();
            info.ArgumentList.Add("exec");
            info.ArgumentList.Add(target);
        }
        else
        {
            info.FileName = target;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static string Locate(string name, string? overrideVariable)
    {
        var configured = overrideVariable is null ? null : System.Environment.GetEnvironmentVariable(overrideVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new FileNotFoundException($"{overrideVariable} names '{configured}', which does not exist.");
        }

        var folder = AppContext.BaseDirectory;
        var dll = Path.Combine(folder, name + ".dll");
        var apphost = Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);

        // An apphost without its runtimeconfig cannot start; the dll through the dotnet host can.
        if (File.Exists(apphost) && File.Exists(Path.Combine(folder, name + ".runtimeconfig.json")))
        {
            return apphost;
        }

        var hint = overrideVariable is null ? "" : $"; set {overrideVariable} to the program";
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"{name} was not found beside {folder}{hint}.");
    }

    private static string DotnetHost()
    {
        var current = System.Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        var configured = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return string.IsNullOrWhiteSpace(configured) ? "dotnet" : configured;
    }
}
