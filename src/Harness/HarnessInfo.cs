using System.Reflection;

namespace Llama2Validation.Harness;

/// <summary>Facts about this build of the harness, embedded at build time.</summary>
public static class HarnessInfo
{
    /// <summary>Short git commit the binaries were built from ("unknown" outside a checkout).</summary>
    public static string Commit { get; } =
        typeof(HarnessInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "HarnessCommit")?.Value ?? "unknown";

    /// <summary>The LLamaSharp package version (its assembly version is not maintained).</summary>
    public static string LlamaSharpVersion { get; } = InformationalVersion(typeof(LLama.LLamaWeights).Assembly);

    private static string InformationalVersion(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
