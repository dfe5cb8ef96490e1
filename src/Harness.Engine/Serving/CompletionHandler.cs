using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LLama.Native;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Llama2Validation.Engine.Serving;

/// <summary>POST /v1/completions, /v1/chat/completions and /completion: one request in, one engine job, SSE or one JSON body out.</summary>
internal sealed class CompletionHandler(ServingEngine engine, ServeOptions options, string? apiKey)
{
    public async Task HandleAsync(HttpContext http, ServedRoute route)
    {
        var aborted = http.RequestAborted;
        if (!ApiKeyCheck.Allows(http, apiKey))
        {
            await WriteErrorAsync(http, 401, "authentication_error", "missing or wrong API key").ConfigureAwait(false);
            return;
        }

        var (request, problem, status) = await ReadAsync(http, route, aborted).ConfigureAwait(false);
        if (request is null)
        {
            await WriteErrorAsync(http, status, status == 413 ? "request_too_large" : "invalid_request_error", problem!).ConfigureAwait(false);
            return;
        }

        // llama.cpp's /completion may name no model (the one loaded answers); a named model must be this one.
        if ((request.Model ?? options.ServedModelName) != options.ServedModelName)
        {
            await WriteErrorAsync(http, 404, "not_found_error", $"The model '{request.Model}' does not exist; this server serves '{options.ServedModelName}'.").ConfigureAwait(false);
            return;
        }

        var responses = new ServedResponses(
            (route == ServedRoute.Chat ? "chatcmpl-" : "cmpl-") + Guid.NewGuid().ToString("N"),
            DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            options.ServedModelName,
            route,
            request.ReturnTokenIds);
        var example = new Example { Id = responses.Id, Document = "", VerbatimPrompt = request.Prompt };
        var (tooLong, promptTokens) = CheckPrompt(example, request);
        if (tooLong is not null)
        {
            await WriteErrorAsync(http, 400, "invalid_request_error", tooLong).ConfigureAwait(false);
            return;
        }

        var job = new GenerationJob(example, promptTokens, request.MaxTokens, request.IgnoreEndOfSequence, aborted);
        if (!engine.TrySubmit(job))
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await WriteErrorAsync(http, 503, "server_busy", string.Create(CultureInfo.InvariantCulture,
                $"every slot is busy and {options.QueueLimit} requests already wait; retry after {RetryAfterSeconds} s")).ConfigureAwait(false);
            RequestLog.Note(http, "queue full");
            return;
        }

        try
        {
            var tokens = await AnswerAsync(http, request, job, responses, aborted).ConfigureAwait(false);
            RequestLog.Note(http, string.Create(CultureInfo.InvariantCulture, $"{tokens} tokens"));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client went away; its job finishes (or is skipped) without anyone listening.
            RequestLog.Note(http, "client gone");
        }
    }

    /// <summary>What a client told to wait for a slot is asked to wait, in seconds.</summary>
    private const int RetryAfterSeconds = 1;

    /// <summary>
    /// The largest body a prompt that can fit needs: the longest prompt in bytes, each byte JSON-escaped
    /// (\u00XX, six characters), or a slot's worth of token ids (up to eleven characters and a comma
    /// each), plus room for the other fields. Anything larger cannot be answered, so it is refused before
    /// it is buffered.
    /// </summary>
    private long MaxBodyBytes => Math.Max(engine.MaxPromptBytes * 6, (long)engine.SlotCells * 12) + 64 * 1024;

    /// <summary>The body as a request, or why not with the status to answer (400, or 413 past the body limit).</summary>
    private async Task<(ServedRequest? Request, string? Problem, int Status)> ReadAsync(HttpContext http, ServedRoute route, CancellationToken aborted)
    {
        var limit = MaxBodyBytes;
        var tooLarge = string.Create(CultureInfo.InvariantCulture,
            $"This model's maximum context length is {engine.SlotCells} tokens per sequence: a body of more than {limit} bytes is larger than any request that fits needs");

        // Past Kestrel's own cap (30 MB) the body is not even drained: refused from its Content-Length alone.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } cap && http.Request.ContentLength > cap)
        {
            return (null, tooLarge, 413);
        }

        byte[]? kept;
        try
        {
            kept = await ReadAtMostAsync(http.Request.Body, limit, aborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode == 413 ? tooLarge : e.Message, e.StatusCode);
        }

        if (kept is null)
        {
            return (null, tooLarge, 413);
        }

        // JsonDocument checks a string's bytes only when it is read, and a failed read is not a JsonException:
        // a prompt of invalid UTF-8 or a lone surrogate escape (\ud800) was answered 500 with no body.
        if (!System.Text.Unicode.Utf8.IsValid(kept))
        {
            return (null, "the body is not UTF-8 text", 400);
        }

        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(kept);
        }
        catch (JsonException e)
        {
            return (null, $"the body is not JSON: {e.Message}", 400);
        }

        using (body)
        {
            try
            {
                var (request, problems) = ServedRequest.Read(body.RootElement, route);
                return (request, string.Join("; ", problems), 400);
            }
            catch (InvalidOperationException e)
            {
                return (null, $"the body holds a string that is not valid Unicode: {e.Message}", 400);
            }
        }
    }

    /// <summary>
    /// The body when it is at most <paramref name="limit"/> bytes, else null. Only that much is ever held:
    /// the rest of a larger body is read and dropped, so that a client still sending it can read the 413
    /// (a server that stops reading leaves such a client with a broken pipe instead of an answer).
    /// </summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, long limit, CancellationToken aborted)
    {
        using var kept = new MemoryStream();
        var chunk = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(chunk, aborted).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total <= limit)
            {
                kept.Write(chunk, 0, read);
            }
        }

        return total <= limit ? kept.ToArray() : null;
    }

    /// <summary>
    /// A prompt that cannot fit is refused before it reaches the engine: first by its size in bytes
    /// (no tokenising of megabytes), then by its tokens, counted here on the request's thread.
    /// The tokens are returned for the engine to reuse.
    /// </summary>
    private (string? Problem, LLamaToken[] Tokens) CheckPrompt(Example example, ServedRequest request)
    {
        if (request.PromptTokenIds is { } ids)
        {
            return IdPrompt(ids, request);
        }

        var bytes = Encoding.UTF8.GetByteCount(request.Prompt);
        if (bytes > engine.MaxPromptBytes)
        {
            return (string.Create(CultureInfo.InvariantCulture,
                $"This model's maximum context length is {engine.SlotCells} tokens per sequence: a prompt of {bytes} bytes needs more (at most {engine.MaxPromptBytes} bytes can fit)"), []);
        }

        var tokens = engine.Tokenize(example);
        if (tokens.Length + request.MaxTokens > engine.SlotCells)
        {
            return (string.Create(CultureInfo.InvariantCulture,
                $"This model's maximum context length is {engine.SlotCells} tokens per sequence: prompt {tokens.Length} tokens + {request.MaxTokens} new tokens > {engine.SlotCells} context cells per sequence"), tokens);
        }

        return (null, tokens);
    }

    /// <summary>A token-id prompt is used as given: every id must be in the vocabulary, and it must fit a slot with its new tokens.</summary>
    private (string? Problem, LLamaToken[] Tokens) IdPrompt(IReadOnlyList<int> ids, ServedRequest request)
    {
        if (ids.FirstOrDefault(id => id >= engine.VocabularySize, -1) is var outside and >= 0)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"token id {outside} is outside the vocabulary (0..{engine.VocabularySize - 1})"), []);
        }

        if (ids.Count + request.MaxTokens > engine.SlotCells)
        {
            return (string.Create(CultureInfo.InvariantCulture,
                $"This model's maximum context length is {engine.SlotCells} tokens per sequence: prompt {ids.Count} tokens + {request.MaxTokens} new tokens > {engine.SlotCells} context cells per sequence"), []);
        }

        return (null, [.. ids.Select(id => (LLamaToken)id)]);
    }

    /// <summary>Waits for the engine's first word before answering, so a prompt that does not fit is a 400, not a broken stream.</summary>
    private async Task<int> AnswerAsync(HttpContext http, ServedRequest request, GenerationJob job, ServedResponses responses, CancellationToken aborted)
    {
        var first = await job.Events.ReadAsync(aborted).ConfigureAwait(false);
        if (first.Final is { Outcome: DocumentOutcome.DoesNotFit } tooLong)
        {
            await WriteErrorAsync(http, 400, "invalid_request_error",
                string.Create(CultureInfo.InvariantCulture, $"This model's maximum context length is {engine.SlotCells} tokens per sequence: {tooLong.Detail}")).ConfigureAwait(false);
            return 0;
        }

        if (first.Error is { } error)
        {
            await WriteErrorAsync(http, 500, "server_error", error).ConfigureAwait(false);
            return 0;
        }

        if (responses.Route == ServedRoute.LlamaCompletion)
        {
            return await AnswerLlamaAsync(http, request, job, responses, first, engine.EndOfSequenceId, aborted).ConfigureAwait(false);
        }

        if (!request.Stream)
        {
            var final = first.Final ?? await LastAsync(job, aborted).ConfigureAwait(false);
            if (final is null)
            {
                await WriteErrorAsync(http, 500, "server_error", "generation ended without a result").ConfigureAwait(false);
                return 0;
            }

            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(responses.Whole(final.Output, final.OutputTokenIds, FinishReason(final, request), final.PromptTokens).ToJsonString(HarnessJson.Compact), aborted).ConfigureAwait(false);
            return final.OutputTokens;
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        if (responses.Chat)
        {
            await SendAsync(http, responses.Chunk("", [], null, announceRole: true), aborted).ConfigureAwait(false);
        }

        for (var next = first; ; next = await job.Events.ReadAsync(aborted).ConfigureAwait(false))
        {
            if (next.Error is { } failure)
            {
                // Mid-stream failures travel as an error event, as vLLM sends them; no [DONE] follows.
                await SendAsync(http, ServedResponses.Error(failure, "server_error", 500), aborted).ConfigureAwait(false);
                return 0;
            }

            if (next.Final is { } final)
            {
                await SendAsync(http, responses.Chunk("", [], FinishReason(final, request)), aborted).ConfigureAwait(false);
                if (request.IncludeUsage)
                {
                    await SendAsync(http, responses.UsageChunk(final.PromptTokens, final.OutputTokens), aborted).ConfigureAwait(false);
                }

                await http.Response.WriteAsync("data: [DONE]\n\n", aborted).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(aborted).ConfigureAwait(false);
                return final.OutputTokens;
            }

            await SendAsync(http, responses.Chunk(next.Text, [next.TokenId!.Value], null), aborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// llama.cpp's /completion: one object per token, then one with stop=true; no [DONE] (it is an OpenAI
    /// convention). As llama-server does, a stream that ends at end-of-sequence sends that token as one more
    /// object without text, and counts it in tokens_predicted; the engine itself never counts it as output.
    /// </summary>
    private static async Task<int> AnswerLlamaAsync(HttpContext http, ServedRequest request, GenerationJob job, ServedResponses responses, GenerationEvent first, int endOfSequenceId, CancellationToken aborted)
    {
        var promptTokens = job.PromptTokens.Length;
        if (!request.Stream)
        {
            var whole = first.Final ?? await LastAsync(job, aborted).ConfigureAwait(false);
            if (whole is null)
            {
                await WriteErrorAsync(http, 500, "server_error", "generation ended without a result").ConfigureAwait(false);
                return 0;
            }

            http.Response.ContentType = "application/json";
            var body = responses.LlamaFinal(whole.Output, whole.OutputTokenIds, FinishReason(whole, request) == "stop", whole.OutputTokens, promptTokens);
            await http.Response.WriteAsync(body.ToJsonString(HarnessJson.Compact), aborted).ConfigureAwait(false);
            return whole.OutputTokens;
        }

        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var predicted = 0;
        for (var next = first; ; next = await job.Events.ReadAsync(aborted).ConfigureAwait(false))
        {
            if (next.Error is { } failure)
            {
                await SendAsync(http, ServedResponses.Error(failure, "server_error", 500), aborted).ConfigureAwait(false);
                return 0;
            }

            if (next.Final is { } final)
            {
                var endOfSequence = FinishReason(final, request) == "stop";
                if (endOfSequence && endOfSequenceId >= 0)
                {
                    await SendAsync(http, responses.LlamaChunk("", [endOfSequenceId], ++predicted, promptTokens), aborted).ConfigureAwait(false);
                }

                await SendAsync(http, responses.LlamaFinal("", [], endOfSequence, predicted, promptTokens), aborted).ConfigureAwait(false);
                return final.OutputTokens;
            }

            await SendAsync(http, responses.LlamaChunk(next.Text, [next.TokenId!.Value], ++predicted, promptTokens), aborted).ConfigureAwait(false);
        }
    }

    private static async Task<DocumentResult?> LastAsync(GenerationJob job, CancellationToken aborted)
    {
        await foreach (var next in job.Events.ReadAllAsync(aborted).ConfigureAwait(false))
        {
            if (next.Final is not null || next.Error is not null)
            {
                return next.Final;
            }
        }

        return null;
    }

    private static string FinishReason(DocumentResult final, ServedRequest request) =>
        final.OutputTokens >= request.MaxTokens ? "length" : "stop";

    private static async Task SendAsync(HttpContext http, JsonObject chunk, CancellationToken aborted)
    {
        await http.Response.WriteAsync($"data: {chunk.ToJsonString(HarnessJson.Compact)}\n\n", aborted).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(aborted).ConfigureAwait(false);
    }

    internal static Task WriteErrorAsync(HttpContext http, int status, string type, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(ServedResponses.Error(message, type, status).ToJsonString(HarnessJson.Compact));
    }
}
