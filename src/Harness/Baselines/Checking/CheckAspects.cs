namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>Which of a run's promises a check judges; the test theories each take one, `l2v check` takes all.</summary>
[Flags]
public enum CheckAspects
{
    None = 0,
    Memory = 1,
    Throughput = 2,
    Quality = 4,
    Snapshot = 8,
    All = Memory | Throughput | Quality | Snapshot,
}
