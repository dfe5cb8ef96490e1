namespace Llama2Validation.Harness.Strategies;

/// <summary>Element type of the K and V caches.</summary>
public enum KvCacheType
{
    F16,
    Q8_0,
}
