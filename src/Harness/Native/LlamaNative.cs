using LLama.Native;

namespace Llama2Validation.Harness.Native;

/// <summary>
/// Minimal native-library setup so the runner builds; the models work replaces it with the full
/// version (custom library path from the environment, sha256 of the loaded file).
/// </summary>
public static class LlamaNative
{
    public static LoadedNativeLibrary EnsureLoaded(string? libraryPath)
    {
        if (libraryPath is not null)
        {
            NativeLibraryConfig.All.WithLibrary(libraryPath, null);
        }
        else
        {
            NativeLibraryConfig.All.WithAvx(AvxLevel.Avx2);
        }

        NativeApi.llama_empty_call();
        return new LoadedNativeLibrary(libraryPath, null);
    }
}
