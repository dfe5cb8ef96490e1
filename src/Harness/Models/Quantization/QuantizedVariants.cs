using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Llama2Validation.Harness.Models.Caching;
using Llama2Validation.Harness.Native;
using Llama2Validation.Harness.Processes;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Quantization;

/// <summary>
/// Q8_0 and Q4_0 variants derived from an F16 GGUF through LLamaSharp's quantizer (what llama-quantize
/// does), cached by content: the key is the source's sha256 and the target type, so a changed source
/// never reuses a stale variant and a renamed one still hits the cache. The quantizer runs in the worker
/// process (the engine's LlamaQuantization), so asking for a variant never loads llama.cpp here.
/// </summary>
public static class QuantizedVariants
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(30);

    public static string DefaultFolder => Path.Combine(RepositoryLayout.Current.CacheFolder, "quantized");

    /// <summary>The variant of <paramref name="sourcePath"/> in <paramref name="target"/>; for F16 the source itself.</summary>
    public static QuantizedModel GetOrCreate(string sourcePath, WeightType target, string? folder = null, CancellationToken cancellationToken = default) =>
        GetOrCreate(sourcePath, target, folder, nativeLibraryPath: null, cancellationToken);

    /// <summary>As the overload above, with a custom libllama for the quantizer (null: the one a run would load).</summary>
    public static QuantizedModel GetOrCreate(string sourcePath, WeightType target, string? folder, string? nativeLibraryPath, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(sourcePath);
        var sourceSha256 = FileSha256.Of(source);
        if (target == WeightType.F16)
        {
            return new QuantizedModel(source, sourceSha256, target, source, new FileInfo(source).Length, sourceSha256);
        }

        var path = Path.Combine(folder ?? DefaultFolder, string.Create(CultureInfo.InvariantCulture, $"{sourceSha256}-{target.ToString().ToLowerInvariant()}.gguf"));
        NativeLibraryInfo? quantizedBy = null;
        if (!File.Exists(path))
        {
            using var exclusive = FileLock.Acquire(path + ".lock", LockTimeout, cancellationToken);
            if (!File.Exists(path))
            {
                quantizedBy = Quantize(source, path, target, nativeLibraryPath, cancellationToken);
            }
        }

        return new QuantizedModel(source, sourceSha256, target, path, new FileInfo(path).Length, FileSha256.Of(path)) { QuantizedBy = quantizedBy };
    }

    private static NativeLibraryInfo Quantize(string source, string destination, WeightType target, string? nativeLibraryPath, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(destination)!, $".{Path.GetFileName(destination)}.{System.Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var native = RunWorker(source, temporary, target, nativeLibraryPath, cancellationToken);
            File.Move(temporary, destination, overwrite: true);
            return native;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static NativeLibraryInfo RunWorker(string source, string destination, WeightType target, string? nativeLibraryPath, CancellationToken cancellationToken)
    {
        List<string> arguments = [WorkerLauncher.QuantizeVerb, source, destination, target.ToString()];
        if (nativeLibraryPath is not null)
        {
            arguments.Add(nativeLibraryPath);
        }

        var info = WorkerLauncher.StartInfo(arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("the quantizing worker did not start");
        using var kill = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        cancellationToken.ThrowIfCancellationRequested();
        var log = errors.GetAwaiter().GetResult();
        return process.ExitCode == 0 && JsonSerializer.Deserialize<NativeLibraryInfo>(output, HarnessJson.Options) is { } native
            ? native
            : throw new InvalidOperationException(
                $"llama.cpp could not quantise '{source}' to {target} (worker exit {process.ExitCode}): {string.Join(System.Environment.NewLine, log.Split('\n').TakeLast(10))}");
    }
}
