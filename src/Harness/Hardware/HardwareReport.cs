using System.Globalization;
using System.Text.Json.Serialization;

namespace Llama2Validation.Harness.Hardware;

/// <summary>
/// The hardware this process runs on: the class tests and baselines are keyed by, and the facts behind it.
/// </summary>
public sealed record HardwareReport
{
    /// <summary>The class in force: the detected one, or the one a dry run set (see <see cref="OverriddenBy"/>).</summary>
    public required HardwareClass Class { get; init; }

    /// <summary>The <c>GpuMemory</c> trait value in force ("40GB"/"80GB" on an A100), else null.</summary>
    public string? GpuMemory { get; init; }

    /// <summary>What the probes' facts classify as, whatever a dry run set.</summary>
    public required HardwareClass DetectedClass { get; init; }

    public string? DetectedGpuMemory { get; init; }

    /// <summary>The environment variable that set <see cref="Class"/> instead of detection; null when detected.</summary>
    public string? OverriddenBy { get; init; }

    public required GpuReading Gpu { get; init; }

    public required CpuReading Cpu { get; init; }

    [JsonIgnore]
    public GpuDevice? PrimaryGpu => Gpu.Devices.Count > 0 ? Gpu.Devices[0] : null;

    /// <summary>Stable across runs on one machine; part of the run cache key and of every run's provenance.</summary>
    public string Fingerprint => HardwareFingerprint.Of(this);

    /// <summary>GPU name and memory, or CPU model and cores (for reports and run metadata).</summary>
    public string Description => PrimaryGpu is { } gpu
        ? (Gpu.Devices.Count > 1 ? $"{Gpu.Devices.Count} × " : "") + gpu
        : string.Create(CultureInfo.InvariantCulture, $"{Cpu.Model}, {Cpu.LogicalCores} cores");

    /// <summary>The class and why, as skip reasons quote it: "CPU (no NVIDIA driver)", "Unknown (NVIDIA L40S, 46068 MiB)".</summary>
    public string Summary
    {
        get
        {
            var detected = $"{Label(DetectedClass, DetectedGpuMemory)} ({PrimaryGpu?.ToString() ?? Gpu.NoGpuReason ?? "no GPU"})";
            return OverriddenBy is null ? detected : $"{Label(Class, GpuMemory)} (set by {OverriddenBy}; probes found {detected})";
        }
    }

    /// <summary>Classifies what the probes read.</summary>
    public static HardwareReport From(GpuReading gpu, CpuReading cpu)
    {
        var detected = HardwareClassifier.Classify(gpu);
        var memory = HardwareClassifier.GpuMemoryTrait(detected, gpu.Devices.Count > 0 ? gpu.Devices[0] : null);
        return new HardwareReport
        {
            Class = detected,
            GpuMemory = memory,
            DetectedClass = detected,
            DetectedGpuMemory = memory,
            Gpu = gpu,
            Cpu = cpu,
        };
    }

    /// <summary>This report with its class set by hand (dry runs); the facts and fingerprint stay the detected ones.</summary>
    public HardwareReport WithClass(HardwareClass hardwareClass, string? gpuMemory, string setBy) =>
        this with { Class = hardwareClass, GpuMemory = gpuMemory, OverriddenBy = setBy };

    /// <summary>"A100 80GB", "H100", "CPU".</summary>
    public static string Label(HardwareClass hardwareClass, string? gpuMemory) =>
        gpuMemory is null ? hardwareClass.ToString() : $"{hardwareClass} {gpuMemory}";
}
