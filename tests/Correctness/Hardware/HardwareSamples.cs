using System.Globalization;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Hardware.Parsing;

namespace Llama2Validation.Tests.Correctness.Hardware;

/// <summary>
/// Saved probe outputs in TestFiles/&lt;sample&gt;/: nvml.txt (why NVML did not answer), nvidia-smi-query.txt
/// and nvidia-smi.txt (stdout), nvidia-smi-query.exit (exit code, "not-found" when the command is missing;
/// absent means 0), cpuinfo.txt and meminfo.txt.
/// </summary>
internal static class HardwareSamples
{
    public const string T4 = "t4";
    public const string A100Small = "a100-40gb";
    public const string A100LargeSxm = "a100-80gb-sxm";
    public const string A100LargePcie = "a100-80gb-pcie";
    public const string L4 = "l4";
    public const string H100 = "h100";
    public const string H200 = "h200";

    /// <summary>Captured on the project's H200 lease (2026-11-26), where NVML read the same name, memory, driver and CUDA.</summary>
    public const string H200Device = "h200-device";
    public const string L40S = "l40s";
    public const string NoDriver = "no-driver";
    public const string NoNvidiaSmi = "no-nvidia-smi";

    /// <summary>What each sample must classify as: written by hand, not computed by the code under test.</summary>
    public static IReadOnlyDictionary<string, (HardwareClass Class, string? GpuMemory)> Expected { get; } =
        new Dictionary<string, (HardwareClass, string?)>
        {
            [T4] = (HardwareClass.T4, null),
            [A100Small] = (HardwareClass.A100, "40GB"),
            [A100LargeSxm] = (HardwareClass.A100, "80GB"),
            [A100LargePcie] = (HardwareClass.A100, "80GB"),
            [L4] = (HardwareClass.L4, null),
            [H100] = (HardwareClass.H100, null),
            [H200] = (HardwareClass.H200, null),
            [H200Device] = (HardwareClass.H200, null),
            [L40S] = (HardwareClass.Unknown, null),
            [NoDriver] = (HardwareClass.CPU, null),
            [NoNvidiaSmi] = (HardwareClass.CPU, null),
        };

    public static IEnumerable<string> Names => Expected.Keys;

    public static string Folder(string sample) => Path.Combine(AppContext.BaseDirectory, "Hardware", "TestFiles", sample);

    public static string Read(string sample, string file) => File.ReadAllText(Path.Combine(Folder(sample), file));

    public static CommandOutput Query(string sample)
    {
        var exitFile = Path.Combine(Folder(sample), "nvidia-smi-query.exit");
        var exit = File.Exists(exitFile) ? File.ReadAllText(exitFile).Trim() : "0";
        return exit == "not-found"
            ? CommandOutput.Missing("nvidia-smi: No such file or directory")
            : new CommandOutput(int.Parse(exit, CultureInfo.InvariantCulture), Read(sample, "nvidia-smi-query.txt"));
    }

    public static CommandOutput? Banner(string sample)
    {
        var path = Path.Combine(Folder(sample), "nvidia-smi.txt");
        return File.Exists(path) ? new CommandOutput(0, File.ReadAllText(path)) : null;
    }

    public static GpuReading Gpu(string sample) =>
        NvidiaSmiReadingParser.Parse(Query(sample), Banner(sample), [Read(sample, "nvml.txt").Trim()]);

    public static CpuReading Cpu(string sample) =>
        CpuInfoParser.Parse(Read(sample, "cpuinfo.txt")) with { MemoryTotalMiB = MemInfoParser.ParseTotalMiB(Read(sample, "meminfo.txt")) };

    /// <summary>The report the detector would build on the sample's machine when NVML is unavailable.</summary>
    public static HardwareReport Report(string sample) => HardwareReport.From(Gpu(sample), Cpu(sample));

    public static TheoryData<string> All() => [.. Names];
}
