using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// llama.cpp pads a sequence's context to a multiple of 256 cells; the engine asks for the padded size
/// itself so the per-sequence split is exactly what it assumes, and the CLI says so when a requested
/// size changes.
/// </summary>
public static class ContextCells
{
    public const int Padding = 256;

    public static int Padded(int cells) => (cells + Padding - 1) / Padding * Padding;

    /// <summary>
    /// A slot holds the model's training context unless the spec asks for another size; rounded up to
    /// llama.cpp's 256-cell padding so the per-sequence split is exactly what we assume.
    /// </summary>
    public static int PerSlot(StrategySpec spec, int trainedContext)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Padded(spec.ContextPerSequence ?? trainedContext);
    }
}
