using System.Globalization;
using Llama2Validation.Harness.Models.Gguf;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Model;

/// <summary>
/// <c>l2v inspect MODEL.gguf</c>: header facts, key metadata, tensor counts and bytes by type, and the
/// validation verdict with every problem. Reads the header only. Exit code 0 when valid, 1 when not.
/// </summary>
internal sealed class InspectCommand : Command<InspectSettings>
{
    private static readonly string[] KeyFacts =
    [
        GgufKeys.Architecture, GgufKeys.Name, GgufKeys.FileType, GgufKeys.ContextLength, GgufKeys.EmbeddingLength,
        GgufKeys.BlockCount, GgufKeys.FeedForwardLength, GgufKeys.HeadCount, GgufKeys.HeadCountKv, GgufKeys.RmsEpsilon,
        GgufKeys.RopeDimensionCount, GgufKeys.RopeFreqBase, GgufKeys.TokenizerModel, GgufKeys.Tokens, GgufKeys.BosTokenId,
        GgufKeys.EosTokenId, GgufKeys.Synthetic, GgufKeys.Profile,
    ];

    public override int Execute(CommandContext context, InspectSettings settings, CancellationToken cancellationToken)
    {
        var result = GgufReader.Inspect(settings.Model);
        Console.WriteLine(result.Source);
        if (result.File is { } file)
        {
            PrintHeader(file);
            PrintMetadata(file, settings.AllKeys);
            PrintTensors(file);
        }

        if (result.IsValid)
        {
            Console.WriteLine("verdict: valid");
            return 0;
        }

        Console.WriteLine(Invariant($"verdict: INVALID, {result.Problems.Count} problem(s)"));
        foreach (var problem in result.Problems)
        {
            Console.WriteLine($"  - {problem.Kind}{(problem.Offset is { } at ? Invariant($" (byte {at})") : string.Empty)}: {problem.Detail}");
        }

        return 1;
    }

    private static void PrintHeader(GgufFile file)
    {
        Console.WriteLine(Invariant($"  GGUF v{file.Version}, {file.FileLength:N0} bytes, {file.Metadata.Entries.Count} metadata entries, {file.Tensors.Count} tensors"));
        Console.WriteLine(Invariant($"  alignment {file.Alignment}, data section at byte {file.DataOffset:N0}"));
    }

    private static void PrintMetadata(GgufFile file, bool allKeys)
    {
        Console.WriteLine("metadata:");
        var keys = allKeys ? file.Metadata.Keys : KeyFacts.Where(file.Metadata.Contains);
        foreach (var key in keys)
        {
            var value = file.Metadata.Get(key);
            Console.WriteLine($"  {key} = {value} ({value.Type})");
        }
    }

    private static void PrintTensors(GgufFile file)
    {
        Console.WriteLine("tensors:");
        var byType = file.Tensors.GroupBy(tensor => tensor.RawType).OrderBy(group => group.Key);
        foreach (var group in byType)
        {
            var bytes = group.Sum(tensor => tensor.TryGetByteSize(out var size) ? size : 0);
            var name = GgmlTypeInfo.TryGet((GgmlType)group.Key, out var info) ? info.Type.ToString() : Invariant($"type {group.Key}");
            Console.WriteLine(Invariant($"  {name,-8} {group.Count(),5} tensors {bytes,16:N0} bytes"));
        }

        var total = file.Tensors.Sum(tensor => tensor.TryGetByteSize(out var size) ? size : 0);
        Console.WriteLine(Invariant($"  total    {file.Tensors.Count,5} tensors {total,16:N0} bytes ({Size(total)})"));
    }

    private static string Size(long bytes) => bytes >= 1L << 30
        ? Invariant($"{bytes / (double)(1L << 30):F2} GiB")
        : Invariant($"{bytes / (double)(1L << 20):F2} MiB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
