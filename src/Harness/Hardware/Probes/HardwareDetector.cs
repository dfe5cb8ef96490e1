using Llama2Validation.Harness.Hardware.Parsing;

namespace Llama2Validation.Harness.Hardware.Probes;

/// <summary>
/// Runs the probes in order (NVML, then nvidia-smi, then the CPU files) and classifies what they read.
/// The interpretation is the parsers' and <see cref="HardwareReport.From"/>'s; this class only gathers.
/// </summary>
public static class HardwareDetector
{
    private const string NvidiaSmi = "nvidia-smi";

    private static readonly Lazy<HardwareReport> Cached = new(Detect);

    /// <summary>Detected once per process: hardware does not change under a running suite.</summary>
    public static HardwareReport Current => Cached.Value;

    public static HardwareReport Detect() => HardwareReport.From(ReadGpus(), CpuProbe.Read());

    public static GpuReading ReadGpus()
    {
        var nvml = NvmlProbe.Read();
        if (nvml.Reading is { } reading)
        {
            return reading;
        }

        var query = CommandRunner.Run(NvidiaSmi, NvidiaSmiQuery.Arguments);
        var banner = query.Succeeded ? CommandRunner.Run(NvidiaSmi, []) : null;
        return NvidiaSmiReadingParser.Parse(query, banner, [nvml.Problem!]);
    }
}
