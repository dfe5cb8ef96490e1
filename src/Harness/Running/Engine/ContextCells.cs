namespace Llama2Validation.Harness.Running.Engine;

/// <summary>
/// llama.cpp pads a sequence's context to a multiple of 256 cells; the engine asks for the padded size
/// itself so the per-sequence split is exactly what it assumes, and the CLI says so when a requested
/// size changes.
/// </summary>
public static class ContextCells
{
    public const int Padding = 256;

    public static int Padded(int cells) => (cells + Padding - 1) / Padding * Padding;
}
