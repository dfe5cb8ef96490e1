namespace Llama2Validation.Harness.Baselines;

public enum MemoryExpectation
{
    Fits,
    OutOfMemory,
}
