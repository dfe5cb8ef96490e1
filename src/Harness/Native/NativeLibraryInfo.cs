namespace Llama2Validation.Harness.Native;

/// <summary>
/// The llama.cpp library this process runs on, as results record it: the file actually mapped into the
/// process, its sha256, whether it was a user-supplied build, and the ggml CPU backend loaded beside it.
/// </summary>
public sealed record NativeLibraryInfo(string LibraryPath, string Sha256, bool IsCustom, string? CpuBackendPath);
