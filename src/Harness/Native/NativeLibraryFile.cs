namespace Llama2Validation.Harness.Native;

/// <summary>One native library file mapped into the process, with its sha256 (lower-case hex).</summary>
public sealed record NativeLibraryFile(string Path, string Sha256);
