using System.Threading.Channels;
using LLama;
using LLama.Native;
using Llama2Validation.Engine.Generation;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Engine.Serving;

/// <summary>
/// The server's one model and one context, driven by the same <see cref="GenerationLoop"/> as the
/// in-process strategies. One thread owns the context: llama.cpp contexts are not thread-safe, and a
/// context's KV cells are split into a fixed number of slots, so requests queue here and run in
/// batches of up to <see cref="ServeOptions.Parallel"/> (with 1, one request at a time, exactly as the
/// default strategy runs one document at a time, which is what makes the outputs identical).
/// Requests arriving while a batch runs wait for the next one.
/// </summary>
internal sealed class ServingEngine : IDisposable
{
    private readonly LlamaSession session;
    private readonly StrategySpec baseSpec;
    private readonly Channel<GenerationJob> queue = Channel.CreateUnbounded<GenerationJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource stopping = new();
    private readonly Thread thread;

    private ServingEngine(LlamaSession session, StrategySpec baseSpec)
    {
        this.session = session;
        this.baseSpec = baseSpec;
        thread = new Thread(Serve) { IsBackground = true, Name = "l2v-serve-engine" };
        thread.Start();
    }

    /// <summary>Cells of the longest slot a request can have: an overflow slot where the server has them.</summary>
    public int SlotCells => session.Overflow?.SlotCells ?? session.SlotCells;

    /// <summary>Cells of a main slot (what --context asked for, padded).</summary>
    public int MainSlotCells => session.SlotCells;

    /// <summary>Token ids of a prompt sent as ids must be below this.</summary>
    public int VocabularySize => session.Weights.Vocab.Count;

    /// <summary>The model's end-of-sequence token id (-1 when it has none).</summary>
    public int EndOfSequenceId => session.Weights.Vocab.EOS is { } eos ? (int)eos : -1;

    /// <summary>
    /// No token stands for more text than the vocabulary's longest piece, so a prompt of more bytes than
    /// <see cref="SlotCells"/> such pieces needs more tokens than a slot holds: refused without tokenising.
    /// </summary>
    public long MaxPromptBytes { get; private init; }

    /// <summary>BOS + prompt as the in-process strategies tokenise it; safe beside decoding (the vocabulary is read-only).</summary>
    public LLamaToken[] Tokenize(Example example) => PromptTokens.For(example, session.Weights);

    /// <summary>Loads the model and opens a context shaped like the default strategy's, with <paramref name="options"/>' slots.</summary>
    public static ServingEngine Open(ServeOptions options)
    {
        var spec = options.Spec();
        var request = new RunRequest
        {
            Spec = spec,
            ModelPath = options.ModelPath,
            Examples = [],
            NativeLibraryPath = options.NativeLibraryPath,
            GpuLayers = options.GpuLayers,
        };
        var session = LlamaSession.Open(request);
        return new ServingEngine(session, spec)
        {
            MaxPromptBytes = (long)(session.Overflow?.SlotCells ?? session.SlotCells) * LongestPieceBytes(session.Weights),
            Capacity = options.Parallel + (options.Overflow?.Slots ?? 0) + options.QueueLimit,
        };
    }

    private static int LongestPieceBytes(LLamaWeights weights)
    {
        var longest = 1;
        for (var id = 0; id < weights.Vocab.Count; id++)
        {
            // An empty destination: llama.cpp returns the piece's size without writing it.
            longest = Math.Max(longest, (int)weights.NativeHandle.TokenToSpan((LLamaToken)id, [], 0, special: false));
        }

        return longest;
    }

    /// <summary>Jobs admitted and not yet finished: those running and those waiting.</summary>
    private int admitted;

    /// <summary>How many jobs may be admitted at once: every slot busy and <see cref="ServeOptions.QueueLimit"/> waiting.</summary>
    public int Capacity { get; private init; }

    /// <summary>
    /// Admits <paramref name="job"/> unless the server is full (false: the caller answers 503), so that a
    /// flood of requests waits in its clients, not in this process's memory.
    /// </summary>
    public bool TrySubmit(GenerationJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (Interlocked.Increment(ref admitted) > Capacity)
        {
            Interlocked.Decrement(ref admitted);
            return false;
        }

        job.OnFinished = () => Interlocked.Decrement(ref admitted);
        if (!queue.Writer.TryWrite(job))
        {
            job.Finish(new GenerationEvent { Error = "the server is shutting down" });
        }

        return true;
    }

    private void Serve()
    {
        var waiting = new List<GenerationJob>();
        try
        {
            while (true)
            {
                if (waiting.Count == 0 && !queue.Reader.WaitToReadAsync(stopping.Token).AsTask().GetAwaiter().GetResult())
                {
                    return;
                }

                while (queue.Reader.TryRead(out var job))
                {
                    waiting.Add(job);
                }

                foreach (var gone in waiting.Where(j => j.Abandoned).ToList())
                {
                    waiting.Remove(gone);
                    gone.Finish(new GenerationEvent { Error = "the client went away" });
                }

                if (waiting.Count == 0)
                {
                    continue;
                }

                var first = waiting[0];
                var batch = waiting.Where(first.SharesBatchWith).Take(baseSpec.ParallelSequences + baseSpec.OverflowSequences).ToList();
                waiting.RemoveAll(batch.Contains);
                RunBatch(batch);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: whatever still waits is told so below.
        }
        finally
        {
            foreach (var job in waiting)
            {
                job.Finish(new GenerationEvent { Error = "the server is shutting down" });
            }
        }
    }

    /// <summary>
    /// A request too long for a main slot runs in the overflow context's slots, after the main ones on this
    /// same thread: a context is used by one thread at a time.
    /// </summary>
    private void RunBatch(List<GenerationJob> batch)
    {
        var overflow = session.Overflow;
        var fitsMain = batch.ToLookup(j => overflow is null || j.PromptTokens.Length + j.MaxTokens <= session.SlotCells);
        RunOn(session.Context, session.SlotCells, session.Greedy, baseSpec.ParallelSequences, [.. fitsMain[true]]);
        if (overflow is not null)
        {
            RunOn(overflow.Context, overflow.SlotCells, overflow.Greedy, baseSpec.OverflowSequences, [.. fitsMain[false]]);
        }
    }

    private void RunOn(LLamaContext context, int slotCells, BackendGreedy? greedy, int slots, List<GenerationJob> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var first = batch[0];
        var spec = baseSpec with
        {
            ParallelSequences = slots,
            MaxNewTokens = first.MaxTokens,
            ForceNewTokens = first.IgnoreEndOfSequence ? first.MaxTokens : null,
        };
        var byId = batch.ToDictionary(j => j.Example.Id);
        var finished = new HashSet<string>();

        // A batch whose clients have all gone stops at the next decode step instead of holding its slots to max_tokens.
        using var everyoneGone = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        var registrations = batch.Select(j => j.WhenAbandoned(() =>
        {
            if (batch.All(b => b.Abandoned))
            {
                everyoneGone.Cancel();
            }
        })).ToList();
        var loop = new GenerationLoop(session.Weights, context.NativeHandle, spec, slotCells)
        {
            Greedy = greedy,
            OnToken = (example, token) => byId[example.Id].Token(session.Weights, token),
            PromptFor = example => byId[example.Id].PromptTokens,
        };
        try
        {
            loop.Run(
                [.. batch.Select(j => j.Example)],
                document =>
                {
                    finished.Add(document.Id);
                    byId[document.Id].Finish(new GenerationEvent { Final = document });
                },
                everyoneGone.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A failed decode, a batch abandoned or shutdown leaves cells behind; clear them so the next batch starts clean.
            context.NativeHandle.MemoryClear(true);
            var message = e is not OperationCanceledException ? $"generation failed: {e.Message}"
                : stopping.IsCancellationRequested ? "the server is shutting down"
                : "the client went away";
            foreach (var job in batch.Where(j => !finished.Contains(j.Example.Id)))
            {
                job.Finish(new GenerationEvent { Error = message });
            }
        }
        finally
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }

    public void Dispose()
    {
        queue.Writer.TryComplete();
        stopping.Cancel();
        thread.Join();
        stopping.Dispose();
        session.Dispose();
    }
}
