namespace Llama2Validation.Harness.Native;

/// <summary>
/// The llama.cpp libraries this process runs on, as results record them: libllama as mapped into the
/// process, whether it was a user-supplied build, and the ggml libraries beside it. The bundled CPU
/// variants share one libllama and differ only in libggml-cpu, so both hashes are needed to tell them apart.
/// </summary>
public sealed record NativeLibraryInfo(string LibraryPath, string Sha256, bool IsCustom, IReadOnlyList<NativeLibraryFile> GgmlLibraries)
{
    /// <summary>libggml-cpu, whose build (noavx, avx2, avx512) decides the CPU kernels and their rounding.</summary>
    public NativeLibraryFile? CpuBackend => GgmlLibraries.FirstOrDefault(file =>
        System.IO.Path.GetFileNameWithoutExtension(file.Path).EndsWith("ggml-cpu", StringComparison.OrdinalIgnoreCase));
}
