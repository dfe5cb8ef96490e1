using System.Globalization;

namespace Llama2Validation.Harness.Memory;

/// <summary>The host's memory as Linux reports it in /proc/meminfo (kB values, read as bytes).</summary>
public sealed record HostMemory(long TotalBytes, long SwapBytes, long AvailableBytes)
{
    /// <summary>RAM + swap: no single allocation larger than this can succeed (the kernel refuses it at once under its default overcommit heuristic).</summary>
    public long CommitLimitBytes => TotalBytes + SwapBytes;

    /// <summary>This machine's, or null where /proc/meminfo does not exist (not Linux).</summary>
    public static HostMemory? Current()
    {
        const string path = "/proc/meminfo";
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
    }

    public static HostMemory? Parse(string meminfo)
    {
        ArgumentNullException.ThrowIfNull(meminfo);
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in meminfo.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var parts = line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib))
            {
                values[line[..colon]] = kib * 1024;
            }
        }

        return values.TryGetValue("MemTotal", out var total)
            ? new HostMemory(total, values.GetValueOrDefault("SwapTotal"), values.GetValueOrDefault("MemAvailable", total))
            : null;
    }
}
