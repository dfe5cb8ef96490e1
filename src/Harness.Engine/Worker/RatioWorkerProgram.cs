using System.Diagnostics;
using System.Text.Json;
using Llama2Validation.Engine.Generation;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Engine.Worker;

/// <summary>The worker side of a <see cref="RatioRequest"/>: streams one <see cref="GroupTiming"/> per side and group.</summary>
public static class RatioWorkerProgram
{
    public static int Run(string requestPath, TextWriter output, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<RatioRequest>(File.ReadAllText(requestPath), HarnessJson.Options)
            ?? throw new InvalidDataException($"{requestPath}: empty ratio request");
        using var writer = new WorkerMessageWriter(output);
        var sessions = new List<LlamaSession>();
        try
        {
            LlamaNative.EnsureLoaded(request.Sides.Select(s => s.NativeLibraryPath).FirstOrDefault(p => p is not null));
            sessions.AddRange(request.Sides.Select(LlamaSession.Open));
            for (var group = 0; group < request.Groups.Count; group++)
            {
                var best = new GroupTiming?[sessions.Count];
                for (var repeat = 0; repeat < Math.Max(1, request.Repeats); repeat++)
                {
                    var rotation = (group + repeat) % sessions.Count;
                    foreach (var side in Enumerable.Range(0, sessions.Count).Select(i => (i + rotation) % sessions.Count))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var timing = Time(request.Sides[side].Spec, sessions[side], request.Groups[group], group, cancellationToken);
                        best[side] = best[side] is { } fastest && fastest.CpuSeconds <= timing.CpuSeconds ? fastest : timing;
                    }
                }

                if (group >= request.WarmUpGroups)
                {
                    foreach (var timing in best)
                    {
                        writer.Post(new WorkerMessage { Kind = WorkerMessageKind.Measured, Timing = timing });
                    }
                }
            }

            writer.Post(new WorkerMessage { Kind = WorkerMessageKind.Finished, Totals = new GenerationTotals() });
            return 0;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            writer.Post(new WorkerMessage { Kind = WorkerMessageKind.Error, Error = e.Message });
            return 1;
        }
        finally
        {
            sessions.ForEach(s => s.Dispose());
        }
    }

    private static GroupTiming Time(StrategySpec spec, LlamaSession session, IReadOnlyList<Llama2Validation.Harness.Data.Example> examples, int group, CancellationToken cancellationToken)
    {
        var handle = session.Context.NativeHandle;
        handle.MemoryClear();
        var started = Stopwatch.GetTimestamp();
        var totals = spec.Kind == StrategyKind.Reference
            ? new ReferenceLoop(session.Weights, handle, spec).Run(examples, _ => { }, cancellationToken)
            : new GenerationLoop(session.Weights, handle, spec, session.SlotCells) { Greedy = session.Greedy }.Run(examples, _ => { }, cancellationToken);
        return new GroupTiming(spec.Name, group, examples.Count, totals.GenerationCpuSeconds, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
