using System.Diagnostics;
using System.Text.Json;
using Llama2Validation.Harness.Hardware.Probes;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Processes;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Running.Worker;

/// <summary>
/// The parent side: starts a worker for one request, collects its streamed documents, and turns
/// whatever happens — completion, a native abort, an allocation failure, cancellation — into a
/// <see cref="RunResult"/>. The parent never loads native code for the run, so it always survives.
/// </summary>
public sealed class WorkerHost
{
    private const int NativeLogLinesKept = 40;

    /// <summary>Receives each document the moment the worker finishes it (progress bars, resumable files).</summary>
    public Action<DocumentResult>? OnDocument { get; init; }

    /// <summary>Receives every native log line (stderr of the worker), for a log file.</summary>
    public Action<string>? OnNativeLog { get; init; }

    /// <summary>The worker program to start (l2v-worker.dll or its apphost); null: the one beside this assembly.</summary>
    public string? WorkerPath { get; init; }

    public async Task<RunResult> RunAsync(RunRequest request, RunMetadata metadata, CancellationToken cancellationToken)
    {
        using var machine = await MachineLock.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("l2v-worker-");
        try
        {
            var requestPath = Path.Combine(folder.FullName, "request.json");
            AtomicFile.WriteAllText(requestPath, JsonSerializer.Serialize(request, HarnessJson.Options));
            return await RunWorkerAsync(request, metadata, requestPath, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<RunResult> RunWorkerAsync(RunRequest request, RunMetadata metadata, string requestPath, CancellationToken cancellationToken)
    {
        var info = WorkerLauncher.StartInfo(WorkerPath, [WorkerLauncher.RunVerb, requestPath]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;

        var state = new WorkerState(NativeLogLinesKept);
        using var gpuMemory = GpuMemorySampler.Start();
        var started = Stopwatch.GetTimestamp();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Receive(state, e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                state.Log(e.Data);
                state.NoteBuffer(e.Data);
                OnNativeLog?.Invoke(e.Data);
            }
        };

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var cancelled = false;
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            cancelled = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        // WaitForExit without a timeout also drains the redirected streams.
        process.WaitForExit();
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var peakGpuBytes = gpuMemory?.Stop();
        var (outcome, detail) = cancelled ? (RunOutcome.Cancelled, "cancelled; finished documents kept") : Classify(request, process.ExitCode, state);
        var native = metadata with
        {
            NativeLibraryPath = state.Loaded?.NativeLibraryPath ?? metadata.NativeLibraryPath,
            NativeLibrarySha256 = state.Loaded?.NativeLibrarySha256 ?? metadata.NativeLibrarySha256,
            NativeLibraries = state.Loaded?.NativeLibraries ?? metadata.NativeLibraries,
            NativeBuildIdentity = state.Loaded?.NativeLibraries is { Count: > 0 } libraries ? Native.NativeLibraryInfo.BuildIdentityOf(libraries) : metadata.NativeBuildIdentity,
            NativeBuildVariant = state.Loaded?.NativeLibraryCustom ?? metadata.NativeBuildVariant,
            Backend = state.Loaded?.Backend ?? metadata.Backend,
            GpuLayers = request.GpuLayers,
        };
        var result = RunSummary.Build(request.Spec, request.Examples.Count, native, state.Documents, state.Totals, state.Loaded?.LoadSeconds ?? 0, wall, outcome, detail);
        var context = state.Loaded?.Context;
        return result with
        {
            PeakGpuMemoryBytes = peakGpuBytes,
            DeviceBuffers = state.DeviceBuffers(),
            Context = context,
            SettingsDifferences = context is null ? [] : ContextSettingsCheck.Differences(request.Spec, request.GpuLayers, context),
        };
    }

    private void Receive(WorkerState state, string? line)
    {
        if (line is null)
        {
            return;
        }

        if (!WorkerProtocol.TryParse(line, out var message) || message is null)
        {
            state.Log(line);
            return;
        }

        switch (message.Kind)
        {
            case WorkerMessageKind.Loaded:
                state.Loaded = message;
                break;
            case WorkerMessageKind.Document when message.Document is not null:
                state.Add(message.Document);
                OnDocument?.Invoke(message.Document);
                break;
            case WorkerMessageKind.Finished:
                state.Totals = message.Totals;
                break;
            case WorkerMessageKind.Error:
                state.Error = message;
                break;
        }
    }

    private static (RunOutcome Outcome, string? Detail) Classify(RunRequest request, int exitCode, WorkerState state)
    {
        if (exitCode == 0 && state.Totals is not null)
        {
            return (RunOutcome.Completed, null);
        }

        var log = state.NativeLogTail();
        var oom = state.Error?.OutOfMemory == true || NativeFailureClassifier.ShowsAllocationFailure(log);

        // Memory model: llama.cpp's CPU backend can segfault inside context creation when the kernel refuses
        // a KV cache larger than RAM + swap, leaving no allocation message. A death by a signal that memory
        // exhaustion can cause (not an abort: that is llama.cpp refusing something, say so by its signal)
        // whose context the memory model says cannot fit this host is an out-of-memory, with the numbers.
        var signal = NativeFailureClassifier.SignalName(exitCode);
        var memory = state.Totals is null && NativeFailureClassifier.CanBeMemoryExhaustion(exitCode)
            ? OutOfMemoryDiagnosis.Explain(request, Memory.HostMemory.Current())
            : null;
        oom |= memory is not null;
        var cause = state.Error?.Error
            ?? (signal is not null
                ? $"worker died with {signal} (exit {exitCode})"
                : $"worker exited with code {exitCode}");
        var detail = $"{cause} after {state.DocumentCount} of the run's documents"
            + (memory is null ? "" : $"; {memory}")
            + (log.Count > 0 ? $"; last native log lines:{System.Environment.NewLine}{string.Join(System.Environment.NewLine, log)}" : "");
        return (oom ? RunOutcome.OutOfMemory : RunOutcome.Failed, detail);
    }

    /// <summary>What the worker has said so far; written from the stream callbacks, read after exit.</summary>
    private sealed class WorkerState(int logLines)
    {
        private readonly Lock gate = new();
        private readonly List<DocumentResult> documents = [];
        private readonly Queue<string> log = new();
        private readonly List<ReportedBuffer> buffers = [];

        public WorkerMessage? Loaded { get; set; }

        public GenerationTotals? Totals { get; set; }

        public WorkerMessage? Error { get; set; }

        public int DocumentCount
        {
            get
            {
                lock (gate)
                {
                    return documents.Count;
                }
            }
        }

        public IReadOnlyList<DocumentResult> Documents
        {
            get
            {
                lock (gate)
                {
                    return [.. documents];
                }
            }
        }

        public void Add(DocumentResult document)
        {
            lock (gate)
            {
                documents.Add(document);
            }
        }

        public void NoteBuffer(string line)
        {
            if (LlamaBufferLog.TryParseLine(line, out var buffer) && !buffer.IsHost)
            {
                lock (gate)
                {
                    buffers.Add(buffer);
                }
            }
        }

        public DeviceBuffers? DeviceBuffers()
        {
            lock (gate)
            {
                if (buffers.Count == 0)
                {
                    return null;
                }

                var reported = new ReportedBuffers([.. buffers]);
                return new DeviceBuffers
                {
                    ModelMiB = reported.DeviceMiB(BufferKind.Model),
                    KvCacheMiB = reported.DeviceMiB(BufferKind.KvCache),
                    ComputeMiB = reported.DeviceMiB(BufferKind.Compute),
                };
            }
        }

        public void Log(string line)
        {
            lock (gate)
            {
                log.Enqueue(line);
                while (log.Count > logLines)
                {
                    log.Dequeue();
                }
            }
        }

        public IReadOnlyList<string> NativeLogTail()
        {
            lock (gate)
            {
                return [.. log];
            }
        }
    }
}
