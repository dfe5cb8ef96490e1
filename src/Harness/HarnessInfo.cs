using System.Reflection;

namespace Llama2Validation.Harness;

/// <summary>Facts about this build of the harness, embedded at build time.</summary>
public static class HarnessInfo
{
    /// <summary>Short git commit the binaries were built from ("unknown" outside a checkout).</summary>
    public static string Commit { get; } = Metadata("HarnessCommit");

    /// <summary>The LLamaSharp package version this build restored (from Directory.Packages.props).</summary>
    public static string LlamaSharpVersion { get; } = Metadata("LlamaSharpPackageVersion");

    /// <summary>The native package this build ships (-p:LlamaBackend): Cpu, Cuda12 or None.</summary>
    public static string LlamaBackend { get; } = Metadata("LlamaBackend");

    private static string Metadata(string key)
    {
        var value = typeof(HarnessInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
        return string.IsNullOrWhiteSpace(value) ? "unknown" : value;
    }
}
