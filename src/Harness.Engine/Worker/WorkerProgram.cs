using System.Diagnostics;
using System.Text.Json;
using LLama.Native;
using Llama2Validation.Engine.Generation;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Engine.Worker;

/// <summary>
/// The worker side: runs one request and streams messages. Everything that can abort or exhaust
/// memory natively happens here, in a process of its own, so the parent survives and reports it.
/// </summary>
public static class WorkerProgram
{
    public static int Run(string requestPath, TextWriter output, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<RunRequest>(File.ReadAllText(requestPath), HarnessJson.Options)
            ?? throw new InvalidDataException($"{requestPath}: empty run request");
        using var writer = new WorkerMessageWriter(output);
        void Send(WorkerMessage message) => writer.Post(message);

        try
        {
            var native = LlamaNative.EnsureLoaded(request.NativeLibraryPath);
            NativeLogConfig.llama_log_set(ForwardNativeLog);

            var loadStarted = Stopwatch.GetTimestamp();
            LoadLog.Start();
            using var session = LlamaSession.Open(request);
            var context = ContextLog.Read(LoadLog.Stop(), ContextReadback.Read(session.Context));
            Send(new WorkerMessage
            {
                Kind = WorkerMessageKind.Loaded,
                LoadSeconds = Stopwatch.GetElapsedTime(loadStarted).TotalSeconds,
                NativeLibraryPath = native.LibraryPath,
                NativeLibrarySha256 = native.Sha256,
                NativeLibraries = native.AllLibraries,
                NativeLibraryCustom = native.IsCustom,
                Backend = native.Backend,
                Context = context,
            });

            Func<IReadOnlyList<Llama2Validation.Harness.Data.Example>, Action<Llama2Validation.Harness.Measurement.DocumentResult>, CancellationToken, GenerationTotals> run = request.Spec.Kind == Llama2Validation.Harness.Strategies.StrategyKind.Reference
                ? new ReferenceLoop(session.Weights, session.Context.NativeHandle, request.Spec).Run
                : session.Overflow is not null
                    ? (examples, onDocument, token) => OverflowRouting.Run(session, request.Spec, examples, onDocument, token)
                    : new GenerationLoop(session.Weights, session.Context.NativeHandle, request.Spec, session.SlotCells) { Greedy = session.Greedy }.Run;
            var totals = run(
                request.Examples,
                document => Send(new WorkerMessage { Kind = WorkerMessageKind.Document, Document = document }),
                cancellationToken);

            Send(new WorkerMessage { Kind = WorkerMessageKind.Finished, Totals = totals with { PeakRssBytes = PeakResidentBytes() } });
            return 0;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Send(new WorkerMessage
            {
                Kind = WorkerMessageKind.Error,
                Error = e.Message,
                OutOfMemory = e is LlamaDecodeException { IsOutOfMemory: true } || NativeFailureClassifier.ShowsAllocationFailure([e.Message]),
            });
            return 1;
        }
    }

    private static void ForwardNativeLog(LLamaLogLevel level, string message)
    {
        // Debug chatter is dropped; everything else reaches the parent's diagnostics through stderr.
        if (level != LLamaLogLevel.Debug)
        {
            Console.Error.Write(message);
        }

        LoadLog.Append(message);
    }

    /// <summary>VmHWM: the process's peak resident set, as the kernel counted it.</summary>
    private static long PeakResidentBytes()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return System.Environment.WorkingSet;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? System.Environment.WorkingSet : long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
