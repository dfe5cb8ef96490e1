using System.Diagnostics;
using LLama;
using LLama.Native;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Engine.Generation;

/// <summary>
/// Greedy generation over a context of one or many sequence slots. Each step submits ONE batch that
/// holds every live sequence's next token plus as many waiting prompt tokens as fit, and a slot is
/// refilled with the next document as soon as its sequence ends (continuous batching). The
/// one-at-a-time strategies are this loop with a single slot, so both share every line of logic.
/// </summary>
internal sealed class GenerationLoop
{
    /// <summary>As many tokens as llama.cpp's batched-bench warms up with.</summary>
    private const int WarmUpTokens = 16;

    private readonly LLamaWeights weights;
    private readonly SafeLLamaContextHandle context;
    private readonly StrategySpec spec;
    private readonly int slotCells;
    private readonly SequenceSlot[] slots;
    private readonly LLamaBatch batch = new();
    private readonly LLamaToken endOfSequence;

    public GenerationLoop(LLamaWeights weights, SafeLLamaContextHandle context, StrategySpec spec, int slotCells)
    {
        this.weights = weights;
        this.context = context;
        this.spec = spec;
        this.slotCells = slotCells;
        slots = Enumerable.Range(0, spec.ParallelSequences).Select(i => new SequenceSlot(i, weights)).ToArray();
        endOfSequence = weights.Vocab.EOS ?? LLamaToken.InvalidToken;
    }

    private int NewTokenLimit => spec.ForceNewTokens ?? spec.MaxNewTokens;

    /// <summary>
    /// Optional: called on the loop's thread with every token a sequence accepts, the moment it is
    /// sampled, so the endpoint server can stream tokens. Null (the in-process strategies) changes
    /// nothing: documents still stream whole through the per-document callback.
    /// </summary>
    public Action<Example, LLamaToken>? OnToken { get; init; }

    /// <summary>
    /// Optional: an example's prompt tokens, already made elsewhere. The server tokenises on the request's
    /// own thread, so a long prompt never holds up the loop that every other request waits on.
    /// </summary>
    public Func<Example, LLamaToken[]>? PromptFor { get; init; }

    /// <summary>
    /// Optional: llama.cpp picks the greedy tokens inside the decode (a GPU session attaches it). Null picks
    /// them on the host from the logits. Both pick a maximum; only where logits tie may they pick different ones.
    /// </summary>
    public BackendGreedy? Greedy { get; init; }

    /// <summary>Stopwatch timestamp of the first decode call of the last run (0 when it decoded nothing).</summary>
    public long FirstCallAt { get; private set; }

    /// <summary>Stopwatch timestamp at which the last run's final decode call returned.</summary>
    public long LastCallDoneAt { get; private set; }

    /// <summary>Runs every example; <paramref name="onDocument"/> gets each result the moment it is final.</summary>
    public GenerationTotals Run(IReadOnlyList<Example> examples, Action<DocumentResult> onDocument, CancellationToken cancellationToken)
    {
        var queue = new Queue<Example>(examples);
        var capacity = (int)context.BatchSize;
        WarmUp();
        long started = 0, finished = 0, prefillTicks = 0, decodeOnlyTicks = 0, prefillTokens = 0, decodeOnlyTokens = 0;
        var calls = 0;
        var cpuStarted = TimeSpan.Zero;
        TimeSpan? queuedStarted = null;

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FillFreeSlots(queue, onDocument);
            if (slots.All(s => s.IsFree))
            {
                break;
            }

            var promptTokensInBatch = BuildBatch(capacity);
            var before = Stopwatch.GetTimestamp();
            if (started == 0)
            {
                started = before;
                cpuStarted = ThreadCpuClock.Now();
                queuedStarted = RunQueueClock.Now();
            }

            foreach (var slot in slots.Where(s => s is { IsFree: false, SubmittedAt: 0 } && s.Prefilled > 0))
            {
                slot.SubmittedAt = before;
            }

            var result = context.Decode(batch);
            if (result != DecodeResult.Ok)
            {
                throw new LlamaDecodeException(result, batch.TokenCount, slots.Count(s => !s.IsFree));
            }

            // A GPU decode returns before its work is done. A call that asks for logits is waited for here,
            // or its time would land in whichever later call happens to wait and the prefill/decode split
            // would be fiction. A call that asks for none is a prompt chunk with more prompt to follow, so
            // its time lands in the next prompt-carrying call either way; not waiting lets llama.cpp build
            // that call's graph while the GPU still works, as its own benchmarks do between prompt calls.
            if (slots.Any(s => s.AwaitsLogits))
            {
                context.Synchronize();
            }

            var after = Stopwatch.GetTimestamp();
            calls++;
            if (promptTokensInBatch > 0)
            {
                prefillTicks += after - before;
                prefillTokens += promptTokensInBatch;
            }
            else
            {
                decodeOnlyTicks += after - before;
                decodeOnlyTokens += batch.TokenCount;
            }

            finished = after;
            SampleAndRetire(after, onDocument);
        }

        FirstCallAt = started;
        LastCallDoneAt = finished;
        return new GenerationTotals
        {
            GenerationSeconds = Seconds(finished - started),
            GenerationCpuSeconds = started == 0 ? 0 : (ThreadCpuClock.Now() - cpuStarted).TotalSeconds,
            GenerationRunQueueSeconds = RunQueueClock.Now() - queuedStarted is { } queued ? queued.TotalSeconds : null,
            PrefillSeconds = Seconds(prefillTicks),
            PrefillTokens = prefillTokens,
            DecodeOnlySeconds = Seconds(decodeOnlyTicks),
            DecodeOnlyTokens = decodeOnlyTokens,
            DecodeCalls = calls,
            GreedyPicks = Greedy is null ? GreedyPickSite.Host : GreedyPickSite.Backend,
        };
    }

    /// <summary>
    /// One throw-away decode before the clock starts: a process's first decode pays one-off costs (GPU
    /// kernels loaded on first use, library handles, buffers) that belong to no document, and llama.cpp's
    /// own benchmarks pay them before timing too. Its cells are removed, so the documents see an empty cache.
    /// </summary>
    private void WarmUp()
    {
        var bos = weights.Vocab.BOS ?? LLamaToken.InvalidToken;
        var sequence = slots[0].SequenceId;
        // Never more than one decode call may take: llama.cpp aborts the process on a batch above n_batch.
        var tokens = Math.Min(WarmUpTokens, Math.Min(slotCells, (int)context.BatchSize));
        batch.Clear();
        for (var i = 0; i < tokens; i++)
        {
            batch.Add(bos, i, sequence, logits: i == tokens - 1);
        }

        var result = context.Decode(batch);
        if (result != DecodeResult.Ok)
        {
            throw new LlamaDecodeException(result, batch.TokenCount, 0);
        }

        // Finished before the clock starts, or its GPU time would land in the first timed call.
        context.Synchronize();
        context.MemorySequenceRemove(sequence, -1, -1);
        batch.Clear();
    }

    private void FillFreeSlots(Queue<Example> queue, Action<DocumentResult> onDocument)
    {
        foreach (var slot in slots.Where(s => s.IsFree))
        {
            while (queue.Count > 0)
            {
                var example = queue.Dequeue();
                var prompt = PromptFor?.Invoke(example) ?? PromptTokens.For(example, weights);
                if (prompt.Length + NewTokenLimit > slotCells)
                {
                    // No truncation, ever: the document is reported with the numbers that rule it out.
                    onDocument(new DocumentResult
                    {
                        Id = example.Id,
                        Outcome = DocumentOutcome.DoesNotFit,
                        PromptTokens = prompt.Length,
                        Reference = example.Reference,
                        DocumentWords = example.WordCount(),
                        Detail = $"prompt {prompt.Length} tokens + {NewTokenLimit} new tokens > {slotCells} context cells per sequence",
                    });
                    continue;
                }

                slot.Start(example, prompt);
                break;
            }
        }
    }

    /// <summary>
    /// Decoding sequences first (one token each), then prompt chunks into what room is left; but while a
    /// whole batch of prompt tokens is waiting, prompt tokens only. With the KV cache split per sequence,
    /// llama.cpp cuts a batch into micro-batches that take the same number of tokens from every sequence
    /// in them, so one-token decode entries beside prompt chunks cost an extra, weight-reading micro-batch
    /// per step and leave the prompt chunks ragged (the measurement: docs/measurement-notes.md).
    /// </summary>
    private int BuildBatch(int capacity)
    {
        batch.Clear();
        var waitingPromptTokens = slots.Where(s => s.IsPrefilling).Sum(s => s.Prompt.Length - s.Prefilled);
        var decoding = waitingPromptTokens < capacity
            ? slots.Where(s => s is { IsFree: false, IsPrefilling: false })
            : [];
        foreach (var slot in decoding)
        {
            slot.LogitIndex = batch.TokenCount;
            batch.Add(slot.Pending, slot.Position++, slot.SequenceId, logits: true);
        }

        var promptTokens = 0;
        foreach (var slot in slots.Where(s => s.IsPrefilling))
        {
            var room = capacity - batch.TokenCount;
            if (room <= 0)
            {
                slot.LogitIndex = -1;
                continue;
            }

            var take = Math.Min(room, slot.Prompt.Length - slot.Prefilled);
            var completes = slot.Prefilled + take == slot.Prompt.Length;
            for (var i = 0; i < take; i++)
            {
                var last = completes && i == take - 1;
                batch.Add(slot.Prompt[slot.Prefilled + i], slot.Position++, slot.SequenceId, logits: last);
            }

            slot.Prefilled += take;
            slot.LogitIndex = completes ? batch.TokenCount - 1 : -1;
            promptTokens += take;
        }

        return promptTokens;
    }

    private void SampleAndRetire(long now, Action<DocumentResult> onDocument)
    {
        var ready = slots.Where(s => s.AwaitsLogits).ToArray();
        int[] indices = [.. ready.Select(s => s.LogitIndex)];
        var tokens = Greedy?.Pick(indices) ?? GreedyTokens.Pick(context, indices);
        for (var i = 0; i < ready.Length; i++)
        {
            var slot = ready[i];
            var token = tokens[i];
            slot.LogitIndex = -1;
            if (slot.Generated.Count == 0)
            {
                slot.FirstTokenAt = now;
            }

            var ended = spec.ForceNewTokens is null && token == endOfSequence;
            if (!ended)
            {
                slot.Accept(token);
                slot.LastTokenAt = now;
                OnToken?.Invoke(slot.Example!, token);
            }

            if (ended || slot.Generated.Count >= NewTokenLimit)
            {
                onDocument(Complete(slot));
                context.MemorySequenceRemove(slot.SequenceId, -1, -1);
                slot.Release();
            }
        }
    }

    private static DocumentResult Complete(SequenceSlot slot)
    {
        var example = slot.Example!;
        var lastAt = slot.LastTokenAt == 0 ? slot.FirstTokenAt : slot.LastTokenAt;
        return new DocumentResult
        {
            Id = example.Id,
            Outcome = DocumentOutcome.Ok,
            PromptTokens = slot.Prompt.Length,
            OutputTokens = slot.Generated.Count,
            TimeToFirstTokenSeconds = Seconds(slot.FirstTokenAt - slot.SubmittedAt),
            DecodeSeconds = Seconds(lastAt - slot.FirstTokenAt),
            Output = slot.Text(),
            OutputTokenIds = [.. slot.Generated],
            Reference = example.Reference,
            DocumentWords = example.WordCount(),
        };
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
