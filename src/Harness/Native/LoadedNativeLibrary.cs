namespace Llama2Validation.Harness.Native;

/// <summary>The native llama library a process loaded, for provenance.</summary>
public sealed record LoadedNativeLibrary(string? LibraryPath, string? LibrarySha256);
