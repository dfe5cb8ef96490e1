namespace Llama2Validation.Harness.Hardware;

/// <summary>Which probe answered the question "which GPUs are there".</summary>
public enum GpuProbeSource
{
    /// <summary>Neither probe answered: the machine is treated as having no GPU.</summary>
    None,

    /// <summary>The driver's management library, libnvidia-ml.so.1, read in-process.</summary>
    Nvml,

    /// <summary>The nvidia-smi command, used when NVML cannot be loaded or fails.</summary>
    NvidiaSmi,
}
