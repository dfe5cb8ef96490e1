namespace Llama2Validation.Harness.Baselines.Floors;

public enum MemoryExpectation
{
    Fits,
    OutOfMemory,
}
