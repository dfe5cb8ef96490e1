using System.Diagnostics;

namespace Llama2Validation.Harness.Running.Worker;

/// <summary>
/// How to start the CLI in worker mode from whichever process needs it: the CLI itself, a test host
/// (l2v.dll sits beside the tests), or a published copy (LLAMA2VALIDATION_WORKER names the program).
/// </summary>
public static class WorkerLauncher
{
    public const string WorkerVariable = "LLAMA2VALIDATION_WORKER";

    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var target = Locate();
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

    private static string Locate()
    {
        var configured = System.Environment.GetEnvironmentVariable(WorkerVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new FileNotFoundException($"{WorkerVariable} names '{configured}', which does not exist.");
        }

        var folder = AppContext.BaseDirectory;
        var dll = Path.Combine(folder, "l2v.dll");
        var apphost = Path.Combine(folder, OperatingSystem.IsWindows() ? "l2v.exe" : "l2v");

        // The launcher works for framework-dependent builds and self-contained publishes alike (where
        // there is no dotnet host to borrow); it needs its runtimeconfig beside it.
        if (File.Exists(apphost) && File.Exists(Path.Combine(folder, "l2v.runtimeconfig.json")))
        {
            return apphost;
        }

        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The l2v worker was not found beside {folder}; set {WorkerVariable} to the l2v program.");
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
