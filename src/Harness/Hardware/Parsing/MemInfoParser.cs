using System.Globalization;

namespace Llama2Validation.Harness.Hardware.Parsing;

/// <summary>Reads the total from Linux's <c>/proc/meminfo</c> ("MemTotal:  131899124 kB").</summary>
public static class MemInfoParser
{
    public static long? ParseTotalMiB(string meminfo)
    {
        foreach (var line in meminfo.Split('\n'))
        {
            if (!line.StartsWith("MemTotal:", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line["MemTotal:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib)
                ? kib / 1024
                : null;
        }

        return null;
    }
}
