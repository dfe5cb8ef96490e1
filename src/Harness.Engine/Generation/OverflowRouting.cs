using System.Diagnostics;
using LLama.Native;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Engine.Generation;

/// <summary>
/// Generation over a session with an overflow context. A document goes to the main context when its prompt
/// and new tokens fit a main slot, else to the overflow context, whose slots are longer. The two loops run at
/// once, the overflow one on a thread of its own, so neither context's documents wait for the other's to end.
/// </summary>
internal static class OverflowRouting
{
    public static GenerationTotals Run(LlamaSession session, StrategySpec spec, IReadOnlyList<Example> examples, Action<DocumentResult> onDocument, CancellationToken cancellationToken)
    {
        var overflow = session.Overflow ?? throw new InvalidOperationException("the session has no overflow context");
        var newTokens = spec.ForceNewTokens ?? spec.MaxNewTokens;

        // Tokenised once, before either clock starts: the routing needs the lengths, and both loops take their prompts from here.
        var prompts = new Dictionary<Example, LLamaToken[]>(ReferenceEqualityComparer.Instance);
        foreach (var example in examples)
        {
            prompts.TryAdd(example, PromptTokens.For(example, session.Weights));
        }

        var routed = examples.ToLookup(e => prompts[e].Length + newTokens <= session.SlotCells);
        LLamaToken[] PromptOf(Example example) => prompts[example];

        // Both loops report from their own threads; whoever consumes documents sees one at a time.
        var reporting = new Lock();
        void Report(DocumentResult document)
        {
            lock (reporting)
            {
                onDocument(document);
            }
        }

        var main = new GenerationLoop(session.Weights, session.Context.NativeHandle, spec, session.SlotCells) { Greedy = session.Greedy, PromptFor = PromptOf };
        var side = new GenerationLoop(session.Weights, overflow.Context.NativeHandle, spec with { ParallelSequences = spec.OverflowSequences }, overflow.SlotCells) { Greedy = overflow.Greedy, PromptFor = PromptOf };
        using var stopBoth = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var longDocuments = routed[false].ToList();
        var sideRun = longDocuments.Count == 0
            ? null
            : Task.Factory.StartNew(() => side.Run(longDocuments, Report, stopBoth.Token), stopBoth.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        // A failing overflow loop (out of memory, say) stops the main one rather than leaving it to finish first.
        sideRun?.ContinueWith(_ => StopQuietly(stopBoth), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        GenerationTotals mainTotals;
        try
        {
            mainTotals = main.Run([.. routed[true]], Report, stopBoth.Token);
        }
        catch (Exception mainFailure) when (sideRun is not null)
        {
            // The contexts are freed when this returns, so the other thread must be out of llama.cpp first.
            stopBoth.Cancel();
            var sideFailure = Outcome(sideRun);
            if (mainFailure is OperationCanceledException && !cancellationToken.IsCancellationRequested && sideFailure is not null and not OperationCanceledException)
            {
                // The main loop only stopped because the overflow loop failed: that failure is the one to report.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(sideFailure);
            }

            throw;
        }

        if (sideRun is null)
        {
            return mainTotals;
        }

        var sideTotals = sideRun.GetAwaiter().GetResult();
        var loops = new[] { main, side }.Where(l => l.FirstCallAt != 0).ToList();
        return mainTotals with
        {
            GenerationSeconds = loops.Count == 0 ? 0 : (double)(loops.Max(l => l.LastCallDoneAt) - loops.Min(l => l.FirstCallAt)) / Stopwatch.Frequency,
            GenerationCpuSeconds = mainTotals.GenerationCpuSeconds + sideTotals.GenerationCpuSeconds,
            Overflow = sideTotals,
        };
    }

    private static void StopQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run already returned (with the overflow loop's failure): nothing is left to stop.
        }
    }

    private static Exception? Outcome(Task task)
    {
        try
        {
            task.Wait(CancellationToken.None);
            return null;
        }
        catch (AggregateException failure)
        {
            return failure.InnerException;
        }
    }
}
