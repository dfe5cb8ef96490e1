using System.Globalization;

namespace Llama2Validation.Harness.Hardware.Parsing;

/// <summary>
/// Reads <c>nvidia-smi --query-gpu=name,memory.total,memory.free,compute_cap,driver_version
/// --format=csv,noheader,nounits</c>: one line per GPU, values separated by ", ", memory in MiB.
/// </summary>
public static class NvidiaSmiQueryParser
{
    private const int ColumnCount = 5;

    public static NvidiaSmiQueryResult Parse(string output)
    {
        var devices = new List<GpuDevice>();
        var problems = new List<string>();
        string? driver = null;
        foreach (var line in output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var columns = line.Split(',', StringSplitOptions.TrimEntries);
            if (columns.Length != ColumnCount || !TryMiB(columns[1], out var total))
            {
                problems.Add($"nvidia-smi line not understood: \"{line}\"");
                continue;
            }

            devices.Add(new GpuDevice
            {
                Name = columns[0],
                MemoryTotalMiB = total,
                MemoryFreeMiB = TryMiB(columns[2], out var free) ? free : null,
                ComputeCapability = Reported(columns[3]),
            });
            driver ??= Reported(columns[4]);
        }

        return new NvidiaSmiQueryResult(devices, driver, problems);
    }

    private static bool TryMiB(string text, out long mib) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out mib);

    /// <summary>nvidia-smi writes "[N/A]" or "[Not Supported]" for values a GPU does not report.</summary>
    private static string? Reported(string value) =>
        value.Length == 0 || value.StartsWith('[') ? null : value;
}
