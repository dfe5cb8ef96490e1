using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Worker;

namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// Runs base and head alternately, ABBA… (round 1 base first, round 2 head first, …), each run a fresh
/// worker of its build with the same request, so a drift of the machine over the minutes falls evenly on
/// both. A pair is <see cref="ComparisonRequest.RunsPerSide"/> rounds and keeps each side's fastest run: a
/// neighbour only ever slows a run, and on CI's 2-core machine it slowed about a third of them by 20–35%
/// (docs/gate-sensitivity.md#the-relative-gate), while a change's own cost is in every run. After each
/// pair the judged figures' sequential tests look at the pairs so far, and the runs stop once every one has
/// decided (or at the request's most pairs). Then the greedy outputs are compared.
/// </summary>
public sealed class ComparisonRunner
{
    /// <summary>Each run as it finishes (progress), with its pair number (1-based).</summary>
    public Action<int, SideFigures>? OnRun { get; init; }

    public async Task<ComparisonResult> RunAsync(ComparisonRequest request, RunMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaximumPairs, request.Test.MinimumPairs);
        var runs = new List<SideFigures>();
        var pairs = new List<(SideFigures Base, SideFigures Head)>();
        var figuresJudged = new List<PairedRatio>();
        var round = 0;
        for (var pair = 1; pair <= request.MaximumPairs; pair++)
        {
            var done = new Dictionary<ComparisonSide, List<SideFigures>> { [ComparisonSide.Base] = [], [ComparisonSide.Head] = [] };
            for (var run = 0; run < request.RunsPerSide; run++, round++)
            {
                var order = round % 2 == 0 ? new[] { ComparisonSide.Base, ComparisonSide.Head } : [ComparisonSide.Head, ComparisonSide.Base];
                foreach (var side in order)
                {
                    var figures = new SideFigures(side, await RunSideAsync(request, side, metadata, cancellationToken).ConfigureAwait(false));
                    runs.Add(figures);
                    OnRun?.Invoke(pair, figures);
                    if (figures.Run.Outcome != RunOutcome.Completed || figures.Run.CompletedCount == 0)
                    {
                        return new ComparisonResult { Strategy = request.Spec.Name, Runs = runs, Failure = Explain(side, figures.Run) };
                    }

                    done[side].Add(figures);
                }
            }

            pairs.Add((SideFigures.Fastest(done[ComparisonSide.Base]), SideFigures.Fastest(done[ComparisonSide.Head])));
            figuresJudged = Judge(pairs, request);
            var judged = ComparisonFigures.JudgedAmong(figuresJudged.Select(f => f.Figure));
            if (figuresJudged.Where(f => judged.Contains(f.Figure)).All(f => f.Verdict != ComparisonVerdict.Inconclusive))
            {
                break;
            }
        }

        return new ComparisonResult
        {
            Strategy = request.Spec.Name,
            Runs = runs,
            Figures = figuresJudged,
            Outputs = OutputAgreement.Compare(pairs[0].Base.Run, pairs[0].Head.Run),
        };
    }

    private static List<PairedRatio> Judge(List<(SideFigures Base, SideFigures Head)> pairs, ComparisonRequest request) => pairs
        .SelectMany(p => ComparisonFigures.Ratios(p.Base, p.Head))
        .GroupBy(r => r.Figure, StringComparer.Ordinal)
        .Where(g => g.Count() == pairs.Count && g.All(r => double.IsFinite(r.Ratio) && r.Ratio > 0))
        .Select(g => new PairedRatio { Figure = g.Key, Ratios = [.. g.Select(r => r.Ratio)], Delta = request.Delta, Test = request.Test })
        .ToList();

    private static Task<RunResult> RunSideAsync(ComparisonRequest request, ComparisonSide side, RunMetadata metadata, CancellationToken cancellationToken)
    {
        var run = new RunRequest
        {
            Spec = request.Spec,
            ModelPath = request.ModelPath,
            Examples = request.Examples,
            NativeLibraryPath = side == ComparisonSide.Base ? request.BaseNativeLibraryPath ?? request.NativeLibraryPath : request.NativeLibraryPath,
            GpuLayers = request.GpuLayers,
        };
        var host = new WorkerHost { WorkerPath = side == ComparisonSide.Base ? request.BaseWorker : request.HeadWorker };
        return host.RunAsync(run, metadata, cancellationToken);
    }

    private static string Explain(ComparisonSide side, RunResult run)
    {
        var what = side == ComparisonSide.Base
            ? "the base build cannot run this request (it may predate the comparison protocol or this configuration)"
            : "the head build failed the request";
        return $"{what}: {run.Outcome}, {run.CompletedCount} of {run.DocumentCount} documents; {run.FailureDetail ?? "no detail"}";
    }
}
