namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// The device buffers llama.cpp reported while loading the model and creating the context (MiB, every
/// GPU together), kept beside the measured peak so a difference can be read as weights, KV cache or compute.
/// </summary>
public sealed record DeviceBuffers
{
    public double ModelMiB { get; init; }

    public double KvCacheMiB { get; init; }

    public double ComputeMiB { get; init; }

    public double TotalMiB => ModelMiB + KvCacheMiB + ComputeMiB;
}
