using System.Diagnostics;
using System.Globalization;
using Llama2Validation.Harness.Models.Caching;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Quantization;
using Llama2Validation.Harness.Native;
using Llama2Validation.Harness.Strategies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Model;

/// <summary>Writes a synthetic Llama-architecture GGUF model (random weights, generated vocabulary).</summary>
internal sealed class MakeModelCommand : Command<MakeModelSettings>
{
    public override int Execute(CommandContext context, MakeModelSettings settings, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var spec = new SyntheticModelSpec(settings.Shape, settings.WeightType, settings.Seed);
        var (path, size, sha256, native) = settings.Derive ? Derive(settings, spec, cancellationToken) : Write(settings, spec, cancellationToken);
        AnsiConsole.MarkupLineInterpolated($"[bold]{spec.ModelName}[/] (seed {spec.Seed}{(settings.Derive ? ", derived with llama.cpp's quantizer" : string.Empty)})");
        AnsiConsole.MarkupLineInterpolated($"path    {path}");
        AnsiConsole.MarkupLineInterpolated($"size    {size.ToString("N0", CultureInfo.InvariantCulture)} bytes ({(size / 1e9).ToString("F2", CultureInfo.InvariantCulture)} GB)");
        AnsiConsole.MarkupLineInterpolated($"sha256  {sha256}");
        AnsiConsole.MarkupLineInterpolated($"time    {stopwatch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        if (native is not null)
        {
            AnsiConsole.MarkupLineInterpolated($"native  {native.LibraryPath} (sha256 {native.Sha256})");
            AnsiConsole.MarkupLineInterpolated($"cpu     {native.CpuBackend?.Path} (sha256 {native.CpuBackend?.Sha256})");
        }

        return 0;
    }

    private static (string Path, long Size, string Sha256, NativeLibraryInfo? Native) Write(MakeModelSettings settings, SyntheticModelSpec spec, CancellationToken cancellationToken)
    {
        if (settings.Out is null)
        {
            var cached = GeneratedModels.GetOrCreate(spec, cancellationToken: cancellationToken);
            return (cached.Path, cached.SizeBytes, cached.Sha256, null);
        }

        var written = GgufWriter.Write(SyntheticModelPlanner.Plan(spec), settings.Out, cancellationToken);
        FileSha256.Remember(written.Path, written.Sha256);
        return (written.Path, written.SizeBytes, written.Sha256, null);
    }

    private static (string Path, long Size, string Sha256, NativeLibraryInfo? Native) Derive(MakeModelSettings settings, SyntheticModelSpec spec, CancellationToken cancellationToken)
    {
        var source = GeneratedModels.GetOrCreate(spec with { WeightType = WeightType.F16 }, cancellationToken: cancellationToken);
        var variant = QuantizedVariants.GetOrCreate(source.Path, spec.WeightType, folder: null, settings.NativeLibrary, cancellationToken);
        if (settings.Out is null)
        {
            return (variant.Path, variant.SizeBytes, variant.Sha256, variant.QuantizedBy);
        }

        // Copy beside the target, then rename: a reader never sees half a file.
        var target = Path.GetFullPath(settings.Out);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + $".{System.Environment.ProcessId}.tmp";
        File.Copy(variant.Path, temporary, overwrite: true);
        File.Move(temporary, target, overwrite: true);
        FileSha256.Remember(target, variant.Sha256);
        return (target, variant.SizeBytes, variant.Sha256, variant.QuantizedBy);
    }
}
