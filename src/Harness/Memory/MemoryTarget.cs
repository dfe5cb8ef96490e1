namespace Llama2Validation.Harness.Memory;

/// <summary>Where the model runs: on the CPU (everything in host memory) or fully offloaded to one GPU.</summary>
public enum MemoryTarget
{
    Cpu,
    Gpu,
}
