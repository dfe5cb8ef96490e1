using System.Globalization;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// The notes that say, per class × strategy, how llama.cpp's predicted outcome relates to what the seed
/// observed with Hugging Face transformers (../seed/llama2-7b-benchmarks.txt, section 1.3).
/// </summary>
internal static class SeedComparison
{
    public static IReadOnlyList<string> Notes(MemoryClass memoryClass, StrategySpec strategy, IReadOnlyList<MemoryExpectationRow> rows)
    {
        var notes = new List<string>();
        var fitting = rows.Where(r => r.Expected == MemoryExpectation.Fits).Select(r => r.ParallelSequences).DefaultIfEmpty(0).Max();
        var context = rows.Count > 0 ? rows[0].ContextPerSequence : 0;
        notes.Add(Invariant($"Largest parallel count that fits: {fitting} (of {string.Join(", ", SeedWorkload.ParallelCounts)}), each sequence holding {context} KV cells."));
        if (memoryClass.Target == MemoryTarget.Cpu)
        {
            notes.Add("CPU class: the generated tiny model against a nominal 16 GiB runner; the rows guard the memory model itself (any change in llama.cpp's sizing shows here first).");
            return notes;
        }

        notes.Add("llama.cpp allocates weights, the whole KV cache (split per sequence) and the worst-case compute buffer when the context is created, so an outcome is decided before the first document; the seed's Hugging Face runs grew padded batches and an unpaged cache document by document and failed mid-run.");
        notes.Add("llama.cpp keeps token_embd in host memory, so a GPU holds the weights less the embedding table.");
        var seed = SeedObservation(memoryClass, strategy, rows);
        if (seed is not null)
        {
            notes.Add(seed);
        }

        return notes;
    }

    private static string? SeedObservation(MemoryClass memoryClass, StrategySpec strategy, IReadOnlyList<MemoryExpectationRow> rows)
    {
        var first = rows.Count > 0 ? rows[0] : null;
        var fitsOne = first?.Expected == MemoryExpectation.Fits;
        return (memoryClass.Class, strategy.Name) switch
        {
            (HardwareClass.T4, "default") => Invariant($"Seed: HF fp16 ran out of memory on the T4 at batch 1 and 2. llama.cpp: {(fitsOne ? "one sequence fits" : "one sequence of 4,096 cells does not fit either")} ({first?.Note}); the F16 weights alone fit the T4's 15 GB, so a shorter context per sequence (at most {LargestContext(memoryClass, strategy)} cells) would."),
            (HardwareClass.T4, "flash-attn") => Invariant($"Seed: FlashAttention-2 refused the T4 (pre-Ampere, RuntimeError). llama.cpp's own flash-attention kernels run on the T4, so only memory decides: {first?.Note}; at most {LargestContext(memoryClass, strategy)} cells fit one sequence."),
            (HardwareClass.T4, "8-bit" or "4-bit") => "Seed: bitsandbytes 8-bit and 4-bit ran the 100 documents on the T4 one at a time; llama.cpp's Q8_0/Q4_0 are expected to fit at 1 sequence too.",
            (HardwareClass.T4, "batched") => "Seed: vLLM without quantisation skipped over 90% of prompts on the T4 (context did not fit); with AWQ it ran. llama.cpp's split KV cache gives every sequence a full 4,096-cell slot up front, so the parallel count is capped instead of prompts being skipped.",
            (HardwareClass.A100, "default") when memoryClass.GpuMemory == GpuMemorySizes.A100Small => Invariant($"Seed: HF fp16 ran out of memory at batch 4 on the A100-40GB (naive padded batches, no paged KV). llama.cpp: {Fitting(rows)} sequences of 4,096 cells fit."),
            (HardwareClass.A100, "flash-attn") when memoryClass.GpuMemory == GpuMemorySizes.A100Small => Invariant($"Seed: HF with FlashAttention-2 ran out of memory at batch 10 on the A100-40GB. llama.cpp: {Fitting(rows)} sequences of 4,096 cells fit (flash attention shrinks the compute buffer, not the KV cache)."),
            (HardwareClass.H200, "batched") => "GPU anchor (../gpu-lab/README.md): on an H200, Q4_0 with 100 sequences needed a q8_0 KV cache to fit slots of 3,715 cells; 100 f16 slots of 4,096 cells need 200 GiB of KV cache, which is why that row is out-of-memory.",
            _ => null,
        };
    }

    private static string Fitting(IReadOnlyList<MemoryExpectationRow> rows)
    {
        var fitting = rows.Where(r => r.Expected == MemoryExpectation.Fits).Select(r => r.ParallelSequences).ToList();
        return fitting.Count == 0 ? "no count of" : Invariant($"up to {fitting.Max()}");
    }

    /// <summary>The largest context (a multiple of 256 cells) one sequence can have on the class.</summary>
    private static int LargestContext(MemoryClass memoryClass, StrategySpec strategy)
    {
        var shape = SeedWorkload.ModelFor(memoryClass);
        var model = ModelFootprint.FromShape(shape, strategy.Weights);
        var best = 0;
        for (var cells = 256; cells <= shape.ContextLength; cells += 256)
        {
            var spec = strategy with { ParallelSequences = 1, ContextPerSequence = cells };
            if (MemoryModel.Predict(model, MemoryConfiguration.For(spec, shape.ContextLength), memoryClass.Target).FitsIn(memoryClass.TotalMiB))
            {
                best = cells;
            }
        }

        return best;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
