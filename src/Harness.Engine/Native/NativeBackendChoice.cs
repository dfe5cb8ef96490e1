using LLama.Native;
using Llama2Validation.Harness;

namespace Llama2Validation.Engine.Native;

/// <summary>
/// Which packaged llama.cpp library LLamaSharp is asked to load, from the backend this build ships
/// (-p:LlamaBackend): a Cuda12 build selects the CUDA library; the CPU build is pinned to AVX2 so greedy
/// outputs are the same bits on every x86-64 machine, whatever better instruction set it has.
/// </summary>
public sealed record NativeBackendChoice(bool UseCuda, AvxLevel Avx)
{
    public static NativeBackendChoice For(string buildBackend) =>
        string.Equals(buildBackend, "Cuda12", StringComparison.OrdinalIgnoreCase)
            ? new NativeBackendChoice(UseCuda: true, AvxLevel.Avx2)
            : new NativeBackendChoice(UseCuda: false, AvxLevel.Avx2);

    /// <summary>This build's choice.</summary>
    public static NativeBackendChoice Current { get; } = For(HarnessInfo.LlamaBackend);
}
