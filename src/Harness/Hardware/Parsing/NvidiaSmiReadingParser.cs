namespace Llama2Validation.Harness.Hardware.Parsing;

/// <summary>
/// Turns what the nvidia-smi commands printed into a <see cref="GpuReading"/>, including the reasons
/// a person reads in skip messages when there is no usable GPU.
/// </summary>
public static class NvidiaSmiReadingParser
{
    /// <summary>What nvidia-smi prints (exit code 9) when the kernel driver is not loaded or not installed.</summary>
    public const string DriverUnreachableMessage = "couldn't communicate with the NVIDIA driver";

    /// <summary>What nvidia-smi prints (exit code 6) when the driver is up but sees no GPU.</summary>
    public const string NoDevicesMessage = "No devices were found";

    public const string NoDriverReason = "no NVIDIA driver";

    /// <param name="query">The output of <see cref="NvidiaSmiQuery"/>.</param>
    /// <param name="banner">Plain nvidia-smi, for the CUDA version; null when not run.</param>
    /// <param name="earlierProblems">Why probes tried before nvidia-smi (NVML) did not answer.</param>
    public static GpuReading Parse(CommandOutput query, CommandOutput? banner, IReadOnlyList<string> earlierProblems)
    {
        if (!query.Succeeded)
        {
            var (reason, problem) = Failure(query);
            return GpuReading.NoGpu(reason, [.. earlierProblems, problem]);
        }

        var parsed = NvidiaSmiQueryParser.Parse(query.StandardOutput);
        var problems = earlierProblems.Concat(parsed.Problems).ToList();
        if (parsed.Devices.Count == 0)
        {
            problems.Add("nvidia-smi listed no GPU");
            return GpuReading.NoGpu("no NVIDIA GPU found", problems);
        }

        return new GpuReading
        {
            Source = GpuProbeSource.NvidiaSmi,
            Devices = parsed.Devices,
            DriverVersion = parsed.DriverVersion,
            CudaVersion = banner is { Succeeded: true } ? NvidiaSmiHeaderParser.ParseCudaVersion(banner.StandardOutput) : null,
            Problems = problems,
        };
    }

    private static (string Reason, string Problem) Failure(CommandOutput query)
    {
        if (query.NotFound)
        {
            return ($"{NoDriverReason}: nvidia-smi not found", "nvidia-smi not found");
        }

        var text = query.AllText;
        var firstLine = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var problem = $"nvidia-smi exited with {query.ExitCode}: {firstLine}";
        if (text.Contains(DriverUnreachableMessage, StringComparison.OrdinalIgnoreCase))
        {
            return (NoDriverReason, problem);
        }

        return text.Contains(NoDevicesMessage, StringComparison.OrdinalIgnoreCase)
            ? ("no NVIDIA GPU found", problem)
            : ($"nvidia-smi failed: {firstLine}", problem);
    }
}
