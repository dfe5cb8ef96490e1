using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Native;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Benchmarks;

/// <summary>
/// `l2v bench`: the harness's per-token cost against <see cref="BareLlamaLoop"/> on the same model and
/// documents (alternating passes, medians), and batched against one-at-a-time. A benchmark to run and
/// read, not a timed test.
/// </summary>
public static class HarnessBench
{
    public sealed record Comparison(string Name, IReadOnlyList<BenchFigures> Reference, IReadOnlyList<BenchFigures> Measured);

    public static async Task<IReadOnlyList<Comparison>> RunAsync(string modelPath, string quantizedPath, IReadOnlyList<Example> examples, int passes, int newTokens, Action<string> log, CancellationToken cancellationToken)
    {
        const int threads = 1;
        LlamaNative.EnsureLoaded();
        var bare = new List<BenchFigures>();
        var harness = new List<BenchFigures>();
        var sequential = new List<BenchFigures>();
        var batched = new List<BenchFigures>();
        var spec = StrategyCatalog.Default with { Threads = threads, ForceNewTokens = newTokens };
        for (var pass = 1; pass <= passes; pass++)
        {
            bare.Add(BareLlamaLoop.Run(modelPath, examples, newTokens, threads));
            harness.Add(await WorkerAsync(spec, modelPath, examples, cancellationToken).ConfigureAwait(false));
            sequential.Add(await WorkerAsync(StrategyCatalog.FourBit with { Threads = threads, ForceNewTokens = newTokens }, quantizedPath, examples, cancellationToken).ConfigureAwait(false));
            batched.Add(await WorkerAsync(StrategyCatalog.Batched with { Threads = threads, ForceNewTokens = newTokens, ParallelSequences = 4 }, quantizedPath, examples, cancellationToken).ConfigureAwait(false));
            log($"pass {pass}: bare {bare[^1].DecodeTokensPerSecond:0} tok/s, harness {harness[^1].DecodeTokensPerSecond:0} tok/s; 4-bit {sequential[^1].DocsPerSecond:0.00} docs/s, batched {batched[^1].DocsPerSecond:0.00} docs/s");
        }

        return [new("harness vs bare LLamaSharp loop (default, F16)", bare, harness), new("batched (4 sequences) vs 4-bit one at a time (Q4_0)", sequential, batched)];
    }

    private static async Task<BenchFigures> WorkerAsync(StrategySpec spec, string modelPath, IReadOnlyList<Example> examples, CancellationToken cancellationToken)
    {
        var request = new RunRequest { Spec = spec, ModelPath = modelPath, Examples = examples, GpuLayers = 0 };
        var run = await new WorkerHost().RunAsync(request, new RunMetadata(), cancellationToken).ConfigureAwait(false);
        if (run.Outcome != RunOutcome.Completed)
        {
            throw new InvalidOperationException($"{spec.Name} did not complete: {run.FailureDetail}");
        }

        // Every decode step of a one-sequence run carries one generated token; its decode time is the
        // span from first to last token, the same span the bare loop times.
        var tokens = run.Documents.Sum(d => d.OutputTokens - 1);
        return new BenchFigures(run.DocsPerSecond, tokens / run.Documents.Sum(d => d.DecodeSeconds));
    }
}
