
namespace Llama2Validation.Harness.Running.Worker;

/// <summary>One side of a speed ratio over one group of documents: documents done per CPU-second of generation.</summary>
public sealed record GroupTiming(string Strategy, int Group, int Documents, double CpuSeconds, double WallSeconds)
{
    public double DocsPerCpuSecond => CpuSeconds > 0 ? Documents / CpuSeconds : 0;
}
