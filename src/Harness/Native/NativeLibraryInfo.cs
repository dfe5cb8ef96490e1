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

    /// <summary>
    /// "cuda" when a ggml CUDA library is mapped; otherwise "cpu-&lt;level&gt;" for a bundled CPU variant
    /// (its folder names the instruction level), or "cpu" for a build of unknown level.
    /// </summary>
    public string Backend => BackendOf(GgmlLibraries.Select(file => file.Path));

    /// <summary>Every llama.cpp library the process runs on: libllama and each ggml library (base, CPU, CUDA…).</summary>
    public IReadOnlyList<NativeLibraryFile> AllLibraries => [new NativeLibraryFile(LibraryPath, Sha256), .. GgmlLibraries];

    /// <summary>
    /// One sha256 naming the whole build: over every library's file name and sha256, in name order. Two builds
    /// with the same libllama and different ggml libraries (one without its CUDA flash-attention kernels, say)
    /// differ here; the folder they were loaded from does not count.
    /// </summary>
    public string BuildIdentity => BuildIdentityOf(AllLibraries);

    public static string BuildIdentityOf(IEnumerable<NativeLibraryFile> libraries)
    {
        ArgumentNullException.ThrowIfNull(libraries);
        var lines = libraries.Select(file => $"{System.IO.Path.GetFileName(file.Path)} {file.Sha256.ToLowerInvariant()}\n").Order(StringComparer.Ordinal);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Concat(lines))));
    }

    public static string BackendOf(IEnumerable<string> ggmlLibraryPaths)
    {
        ArgumentNullException.ThrowIfNull(ggmlLibraryPaths);
        var paths = ggmlLibraryPaths.ToList();
        if (paths.Any(path => System.IO.Path.GetFileName(path).Contains("ggml-cuda", StringComparison.OrdinalIgnoreCase)))
        {
            return "cuda";
        }

        var cpu = paths.FirstOrDefault(path => System.IO.Path.GetFileNameWithoutExtension(path).EndsWith("ggml-cpu", StringComparison.OrdinalIgnoreCase));
        var level = cpu is null ? null : System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(cpu));
        return level is "noavx" or "avx" or "avx2" or "avx512" ? $"cpu-{level}" : "cpu";
    }
}
