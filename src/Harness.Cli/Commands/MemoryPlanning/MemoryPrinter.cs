using System.Globalization;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Running.Capture;

namespace Llama2Validation.Cli.Commands.MemoryPlanning;

/// <summary>Plain-text tables of <c>l2v memory</c> (formatting only).</summary>
internal static class MemoryPrinter
{
    public static void Breakdown(MemoryPrediction prediction)
    {
        var where = prediction.Target == MemoryTarget.Gpu ? "GPU" : "host (CPU backend)";
        Console.WriteLine(Invariant($"KV cells: {prediction.CellsPerSequence} per sequence × {prediction.Configuration.ParallelSequences} = {prediction.TotalCells}"));
        Line("weights", prediction.WeightBytes);
        Line("KV cache", prediction.KvBytes);
        Line("compute buffer", prediction.ComputeBytes);
        if (prediction.Target == MemoryTarget.Gpu)
        {
            Line("CUDA context/cuBLAS/pools", prediction.OverheadBytes);
        }
        else
        {
            Line("output (logits)", prediction.OutputBytes);
        }

        Console.WriteLine(Invariant($"  {"total " + where,-28} {prediction.TotalMiB,10} MiB"));
        if (prediction.Target == MemoryTarget.Gpu)
        {
            Console.WriteLine(Invariant($"  (host memory besides: token_embd {MemorySizes.ToMiB(prediction.HostWeightBytes):F2} MiB, logits {MemorySizes.ToMiB(prediction.OutputBytes):F2} MiB)"));
        }
    }

    public static void Sweep(IReadOnlyList<MemorySweepRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var classes = rows[0].Fits.Select(f => f.Class.Label).ToList();
        Console.WriteLine();
        Console.WriteLine(Invariant($"{"parallel",8} {"GPU MiB",10}  ") + string.Join(" ", classes.Select(c => c.PadLeft(10))));
        foreach (var row in rows)
        {
            Console.WriteLine(Invariant($"{row.ParallelSequences,8} {row.Prediction.TotalMiB,10}  ") + string.Join(" ", row.Fits.Select(f => (f.Fits ? "fits" : "OOM").PadLeft(10))));
        }
    }

    public static void Comparison(MemoryPrediction predicted, BufferCaptureResult measured)
    {
        Console.WriteLine();
        if (measured.Buffers.IsEmpty)
        {
            Console.WriteLine($"measure: llama.cpp reported no buffers ({measured.Outcome}{(measured.FailureDetail is null ? "" : ": " + measured.FailureDetail)})");
            return;
        }

        Console.WriteLine("measure: llama.cpp's reported buffers against the prediction (same backend):");
        Compare("model", measured.Buffers.MiB(BufferKind.Model), predicted.Target == MemoryTarget.Cpu ? predicted.WeightBytes : predicted.WeightBytes + predicted.HostWeightBytes);
        Compare("KV cache", measured.Buffers.MiB(BufferKind.KvCache), predicted.KvBytes);
        Compare("compute", measured.Buffers.MiB(BufferKind.Compute), predicted.ComputeBytes);
        Compare("output", measured.Buffers.MiB(BufferKind.Output), predicted.OutputBytes);
    }

    private static void Line(string what, long bytes) => Console.WriteLine(Invariant($"  {what,-28} {MemorySizes.ToMiB(bytes),10:F2} MiB"));

    private static void Compare(string what, double reportedMiB, long predictedBytes)
    {
        var predictedMiB = MemorySizes.ToMiB(predictedBytes);
        var error = reportedMiB > 0 ? (predictedMiB - reportedMiB) / reportedMiB : 0;
        Console.WriteLine(Invariant($"  {what,-10} reported {reportedMiB,10:F2} MiB  predicted {predictedMiB,10:F2} MiB  ({error:+0.0%;-0.0%;0.0%})"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
