namespace Llama2Validation.Harness.Hardware;

/// <summary>The widest x86 vector extension the CPU reports; llama.cpp's CPU speed depends on it.</summary>
public enum InstructionSetLevel
{
    /// <summary>None of the AVX levels (older x86, or another architecture such as ARM).</summary>
    Baseline,
    Avx,
    Avx2,
    Avx512,
}
