using System.Globalization;
using LLama;
using LLama.Native;
using Llama2Validation.Harness.Models.Caching;
using Llama2Validation.Harness.Native;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Quantization;

/// <summary>
/// Q8_0 and Q4_0 variants derived from an F16 GGUF through LLamaSharp's quantizer (what llama-quantize
/// does), cached by content: the key is the source's sha256 and the target type, so a changed source
/// never reuses a stale variant and a renamed one still hits the cache.
/// </summary>
public static class QuantizedVariants
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(30);

    public static string DefaultFolder => Path.Combine(RepositoryLayout.Current.CacheFolder, "quantized");

    /// <summary>The variant of <paramref name="sourcePath"/> in <paramref name="target"/>; for F16 the source itself.</summary>
    public static QuantizedModel GetOrCreate(string sourcePath, WeightType target, string? folder = null, CancellationToken cancellationToken = default)
    {
        var source = Path.GetFullPath(sourcePath);
        var sourceSha256 = FileSha256.Of(source);
        if (target == WeightType.F16)
        {
            return new QuantizedModel(source, sourceSha256, target, source, new FileInfo(source).Length, sourceSha256);
        }

        var path = Path.Combine(folder ?? DefaultFolder, string.Create(CultureInfo.InvariantCulture, $"{sourceSha256}-{target.ToString().ToLowerInvariant()}.gguf"));
        if (!File.Exists(path))
        {
            using var exclusive = FileLock.Acquire(path + ".lock", LockTimeout, cancellationToken);
            if (!File.Exists(path))
            {
                Quantize(source, path, target);
            }
        }

        return new QuantizedModel(source, sourceSha256, target, path, new FileInfo(path).Length, FileSha256.Of(path));
    }

    private static void Quantize(string source, string destination, WeightType target)
    {
        // The quantizer calls straight into llama.cpp without triggering LLamaSharp's library selection.
        LlamaNative.EnsureLoaded();
        var temporary = Path.Combine(Path.GetDirectoryName(destination)!, $".{Path.GetFileName(destination)}.{System.Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (!LLamaQuantizer.Quantize(source, temporary, ToFtype(target), System.Environment.ProcessorCount, allowRequantize: false, quantizeOutputTensor: true))
            {
                throw new InvalidOperationException($"llama.cpp could not quantise '{source}' to {target}; is it an F16 GGUF?");
            }

            File.Move(temporary, destination, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static LLamaFtype ToFtype(WeightType target) => target switch
    {
        WeightType.Q8_0 => LLamaFtype.MOSTLY_Q8_0,
        WeightType.Q4_0 => LLamaFtype.MOSTLY_Q4_0,
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "Only quantised types can be derived."),
    };
}
