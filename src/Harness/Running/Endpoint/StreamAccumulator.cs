using System.Diagnostics;
using System.Text;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>Gathers one streamed completion: text, ids, counts, and when output chunks arrived.</summary>
internal sealed class StreamAccumulator(long sentAt)
{
    private readonly StringBuilder text = new();
    private readonly List<int> ids = [];
    private bool someChunkLackedIds;
    private long firstOutputAt;
    private long lastOutputAt;
    private long outputAtBeforeLast;
    private bool lastOutputWasOneBareToken;
    private string? finishReason;
    private int? promptTokens;
    private int? completionTokens;

    public int OutputChunks { get; private set; }

    public void Add(StreamChunk chunk)
    {
        if (chunk.Error is not null)
        {
            throw new EndpointRequestException($"the server reported an error in the stream after {OutputChunks} output chunk(s): {chunk.Error}");
        }

        var now = Stopwatch.GetTimestamp();
        if (chunk.FinishReason is not null && ids.Count > 0 && chunk.TokenIds is { } all && all.SequenceEqual(ids))
        {
            // A last chunk that repeats the whole answer is a summary of what was streamed, not more output.
            chunk = chunk with { Text = chunk.Text == text.ToString() ? "" : chunk.Text, TokenIds = null };
        }

        if (chunk.HasOutput)
        {
            firstOutputAt = firstOutputAt == 0 ? now : firstOutputAt;
            outputAtBeforeLast = lastOutputAt;
            lastOutputAt = now;
            lastOutputWasOneBareToken = chunk.Text.Length == 0 && chunk.TokenIds is { Count: 1 };
            OutputChunks++;
            text.Append(chunk.Text);
            if (chunk.TokenIds is { } chunkIds)
            {
                ids.AddRange(chunkIds);
            }
            else
            {
                someChunkLackedIds = true;
            }
        }
        else if (chunk.FinishReason is not null && firstOutputAt == 0)
        {
            // Nothing generated (end-of-sequence first): the finish is the first and last "token", as in the engine.
            firstOutputAt = lastOutputAt = now;
        }

        finishReason ??= chunk.FinishReason;
        promptTokens ??= chunk.PromptTokens;
        completionTokens = chunk.CompletionTokens ?? completionTokens;
        if (chunk.EndOfSequence)
        {
            DropStreamedEndOfSequence();
        }
    }

    /// <summary>
    /// llama-server streams the end-of-sequence token (no text, one id) and counts it as predicted; the
    /// in-process engine stops at it without output, so it is taken back out here, with its arrival time.
    /// </summary>
    private void DropStreamedEndOfSequence()
    {
        completionTokens = completionTokens is { } counted ? counted - 1 : null;
        if (!lastOutputWasOneBareToken)
        {
            return;
        }

        ids.RemoveAt(ids.Count - 1);
        OutputChunks--;
        lastOutputWasOneBareToken = false;
        // End-of-sequence first: like the engine, its arrival is the first and last "token".
        lastOutputAt = OutputChunks == 0 ? firstOutputAt : outputAtBeforeLast;
    }

    public EndpointCompletion Finish(bool sawDone)
    {
        if (!sawDone && finishReason is null)
        {
            throw new EndpointRequestException($"the stream ended before the completion finished (no finish_reason, no [DONE]) after {OutputChunks} output chunk(s)");
        }

        var haveIds = ids.Count > 0 && !someChunkLackedIds;
        var first = firstOutputAt == 0 ? Stopwatch.GetTimestamp() : firstOutputAt;
        var last = lastOutputAt == 0 ? first : lastOutputAt;
        return new EndpointCompletion
        {
            Text = text.ToString(),
            TokenIds = haveIds ? ids : [],
            PromptTokens = promptTokens,
            OutputTokens = haveIds ? ids.Count : completionTokens ?? OutputChunks,
            TimeToFirstTokenSeconds = Stopwatch.GetElapsedTime(sentAt, first).TotalSeconds,
            DecodeSeconds = Stopwatch.GetElapsedTime(first, last).TotalSeconds,
            SentAt = sentAt,
            FirstOutputAt = first,
            LastOutputAt = last,
            FinishReason = finishReason,
        };
    }
}
