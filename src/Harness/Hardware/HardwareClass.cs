namespace Llama2Validation.Harness.Hardware;

/// <summary>
/// The hardware classes baselines and test categories are keyed by. Both A100 sizes are one class
/// (memory is a separate trait); anything unrecognised is <see cref="Unknown"/> and named in skips.
/// </summary>
public enum HardwareClass
{
    Unknown,
    CPU,
    T4,
    L4,
    A100,
    H100,
    H200,
}
