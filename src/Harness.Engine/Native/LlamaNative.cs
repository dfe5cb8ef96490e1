using System.Diagnostics;
using System.Security.Cryptography;
using LLama.Native;
using Llama2Validation.Harness.Native;

namespace Llama2Validation.Engine.Native;

/// <summary>
/// Loads llama.cpp once per process, before any native call. A custom libllama (the --native-library option
/// or <see cref="LibraryVariable"/>) wins; otherwise the packaged library this build ships is chosen by
/// <see cref="NativeBackendChoice"/> (CUDA for a Cuda12 build; the CPU build pinned to AVX2).
/// </summary>
public static class LlamaNative
{
    /// <summary>Environment variable naming a libllama to load instead of the bundled one.</summary>
    public const string LibraryVariable = NativeLibrarySetting.Variable;

    private static readonly Lock Gate = new();
    private static NativeLibraryInfo? loaded;
    private static string? loadedRequest;

    /// <summary>The loaded library, or null before <see cref="EnsureLoaded"/> ran.</summary>
    public static NativeLibraryInfo? Loaded
    {
        get
        {
            lock (Gate)
            {
                return loaded;
            }
        }
    }

    /// <summary>
    /// Loads the native library if needed and describes it. Safe to call from any thread, any number of
    /// times; asking for a different custom library after one was loaded throws, since a process can
    /// hold only one.
    /// </summary>
    public static NativeLibraryInfo EnsureLoaded(string? customLibraryPath = null)
    {
        var request = ResolveRequest(customLibraryPath);
        lock (Gate)
        {
            if (loaded is not null)
            {
                if (request is not null && !string.Equals(request, loadedRequest, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"llama.cpp is already loaded from '{loaded.LibraryPath}'; it cannot be switched to '{request}' within one process. Start a new process to use another library.");
                }

                return loaded;
            }

            if (!NativeLibraryConfig.LLama.LibraryHasLoaded)
            {
                Configure(request);
            }

            NativeApi.llama_empty_call();
            var info = Describe(request);
            if (request is not null && !string.Equals(info.LibraryPath, request, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"llama.cpp was loaded from '{info.LibraryPath}' before '{request}' could be configured; configure the native library before any LLamaSharp call.");
            }

            loadedRequest = request;
            loaded = info;
            return info;
        }
    }

    private static string? ResolveRequest(string? customLibraryPath)
    {
        var configured = string.IsNullOrWhiteSpace(customLibraryPath)
            ? System.Environment.GetEnvironmentVariable(LibraryVariable)
            : customLibraryPath;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        var full = Path.GetFullPath(configured);
        return File.Exists(full)
            ? full
            : throw new FileNotFoundException($"The native llama library '{full}' does not exist (from --native-library or {LibraryVariable}).", full);
    }

    private static void Configure(string? request)
    {
        var config = NativeLibraryConfig.All;
        config.WithLogCallback(ForwardErrors);
        if (request is not null)
        {
            config.WithLibrary(request, null);
        }
        else
        {
            var choice = NativeBackendChoice.Current;
            config.WithCuda(choice.UseCuda).WithVulkan(false).WithAvx(choice.Avx).WithAutoFallback(true);
        }
    }

    /// <summary>llama.cpp reports progress at info level on every load; only its errors are worth a line.</summary>
    private static void ForwardErrors(LLamaLogLevel level, string message)
    {
        if (level == LLamaLogLevel.Error)
        {
            Console.Error.Write(message);
        }
    }

    private static NativeLibraryInfo Describe(string? request)
    {
        var modules = LoadedModules();
        var library = modules.FirstOrDefault(path => IsLibrary(path, "llama"))
            ?? request
            ?? throw new InvalidOperationException("llama.cpp reported success but no llama library is mapped into the process.");
        var ggml = modules.Where(IsGgmlLibrary).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(path => new NativeLibraryFile(path, Sha256Of(path)))
            .ToList();
        return new NativeLibraryInfo(library, Sha256Of(library), request is not null, ggml);
    }

    private static bool IsGgmlLibrary(string path)
    {
        var file = Path.GetFileName(path);
        return file.StartsWith("libggml", StringComparison.OrdinalIgnoreCase) || file.StartsWith("ggml", StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> LoadedModules()
    {
        using var process = Process.GetCurrentProcess();
        return process.Modules.Cast<ProcessModule>().Select(module => module.FileName).Where(name => !string.IsNullOrEmpty(name)).ToList();
    }

    /// <summary>Matches libllama.so, libllama.dylib and llama.dll (and likewise for ggml-cpu).</summary>
    private static bool IsLibrary(string path, string name)
    {
        var file = Path.GetFileNameWithoutExtension(path);
        return string.Equals(file, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(file, "lib" + name, StringComparison.OrdinalIgnoreCase);
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
