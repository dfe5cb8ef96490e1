using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// Talks to one OpenAI-compatible server: who it is (GET /v1/models, /version) and one streamed,
/// greedy completion per prompt, with a per-request timeout and bounded retries.
/// </summary>
/// <remarks>
/// A plain HttpClient rather than the OpenAI .NET SDK: its
/// LegacyCompletionClient has no public completion calls, and its chat client neither sends vendor
/// fields (ignore_eos, return_token_ids) nor exposes per-chunk arrival times or unknown response
/// fields (token_ids), which are exactly what this client measures and compares. It would also
/// retry on its own, hiding attempts that belong in the results.
/// </remarks>
public sealed class EndpointClient : IDisposable
{
    private const int ErrorBodyChars = 4096;
    private static readonly MediaTypeWithQualityHeaderValue EventStream = new("text/event-stream");

    private readonly EndpointSpec spec;
    private readonly string? apiKey;
    private readonly SecretRedactor redactor;
    private readonly HttpClient http;
    private readonly string root;

    /// <param name="spec">The server, model and request settings.</param>
    /// <param name="apiKey">The key itself, read by the caller from <see cref="EndpointSpec.KeyVariable"/>; never stored elsewhere.</param>
    public EndpointClient(EndpointSpec spec, string? apiKey)
    {
        this.spec = spec;
        this.apiKey = string.IsNullOrEmpty(apiKey) ? null : apiKey;
        redactor = new SecretRedactor(this.apiKey);
        root = Root(spec.BaseUrl);
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = spec.Concurrency + 1,
            ConnectTimeout = spec.RequestTimeout < TimeSpan.FromSeconds(30) ? spec.RequestTimeout : TimeSpan.FromSeconds(30),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };

        // Timeouts are per request (linked tokens below), so the client-wide one is off.
        http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The model and what the server says about itself; fails when the server does not serve the model.</summary>
    public async Task<EndpointIdentity> IdentifyAsync(CancellationToken cancellationToken)
    {
        var (models, _) = await WithRetriesAsync(GetModelsAsync, cancellationToken).ConfigureAwait(false);
        var version = await TryGetVersionAsync(cancellationToken).ConfigureAwait(false);
        var entry = models.Entries.FirstOrDefault(m => m.Id == spec.Model);
        if (models.Entries.Count > 0 && entry is null)
        {
            throw new EndpointRequestException(
                $"the server at {spec.BaseUrl.Host} serves {string.Join(", ", models.Entries.Select(m => $"'{m.Id}'"))}, not '{spec.Model}'");
        }

        return new EndpointIdentity
        {
            Model = spec.Model,
            Host = spec.BaseUrl.Host,
            OwnedBy = entry?.OwnedBy,
            Root = entry?.Root is { } r && r != spec.Model ? r : null,
            Version = version,
            ServerHeader = models.Server,
            VocabularySize = entry?.VocabularySize,
        };
    }

    /// <summary>One prompt, streamed; the attempt that succeeded is the one measured.</summary>
    public async Task<EndpointCompletion> CompleteAsync(EndpointPrompt prompt, CancellationToken cancellationToken)
    {
        var body = CompletionRequestBody.For(spec, prompt).ToJsonString();
        var (completion, failures) = await WithRetriesAsync(token => StreamAsync(body, token), cancellationToken).ConfigureAwait(false);
        return failures.Count == 0
            ? completion
            : completion with { RetryNote = $"ok after {failures.Count} failed attempt(s): {string.Join("; ", failures)}" };
    }

    public void Dispose() => http.Dispose();

    private static string Root(Uri baseUrl)
    {
        var text = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return text.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? text[..^3] : text;
    }

    private Uri Route(string path) => new(root + path);

    private string CompletionPath => spec.Api switch
    {
        EndpointApi.Chat => "/v1/chat/completions",
        EndpointApi.LlamaCompletion => "/completion",
        _ => "/v1/completions",
    };

    private async Task<(T Value, List<string> Failures)> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        for (var attempts = 1; ; attempts++)
        {
            EndpointRequestException failure;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(spec.RequestTimeout);
                try
                {
                    return (await attempt(timeout.Token).ConfigureAwait(false), failures);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // A stall is not retried: the server already had the whole timeout, and a retry would double it.
                    failure = new EndpointRequestException(
                        string.Create(CultureInfo.InvariantCulture, $"no complete response within {spec.RequestTimeout.TotalSeconds:0.###} s (request timeout)"));
                }
                catch (EndpointRequestException e)
                {
                    failure = e;
                }
                catch (Exception e) when (e is HttpRequestException or IOException)
                {
                    failure = new EndpointRequestException(e.Message, e);
                }
            }

            if (!failure.Retryable || attempts > spec.MaxRetries)
            {
                // Server text can echo request headers; nothing leaves this client unredacted.
                var suffix = attempts == 1 ? "" : $" (gave up after {attempts} attempts)";
                throw new EndpointRequestException(redactor.Redact(failure.Message + suffix)) { Outcome = failure.Outcome };
            }

            failures.Add(redactor.Redact(failure.Message));
            await Task.Delay(RetryDelay(attempts, failure.RetryAfter), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Exponential: base, 2×base, 4×base, ... capped; a server's Retry-After wins, within the cap.</summary>
    private TimeSpan RetryDelay(int failedAttempts, TimeSpan? retryAfter)
    {
        var exponential = spec.RetryBaseDelay * Math.Pow(2, failedAttempts - 1);
        var wanted = retryAfter ?? exponential;
        return wanted < spec.MaxRetryDelay ? wanted : spec.MaxRetryDelay;
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, Route(path));
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken token)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new EndpointRequestException($"could not reach {request.RequestUri?.GetLeftPart(UriPartial.Authority)}: {e.Message}", e) { Retryable = true };
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await StatusFailureAsync(response, token).ConfigureAwait(false);
        }
    }

    private async Task<EndpointRequestException> StatusFailureAsync(HttpResponseMessage response, CancellationToken token)
    {
        var code = (int)response.StatusCode;
        var body = await ReadLimitedAsync(response, token).ConfigureAwait(false);
        var message = StreamChunkParser.ErrorMessageOf(body);
        var hint = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? $" (is {spec.KeyVariable} set to the server's key?)"
            : "";
        var tooLong = code == 400 && (message.Contains("context length", StringComparison.OrdinalIgnoreCase) || message.Contains("maximum context", StringComparison.OrdinalIgnoreCase));
        return new EndpointRequestException($"HTTP {code} {response.ReasonPhrase}{hint}: {message}")
        {
            StatusCode = code,
            Retryable = code == 429 || code >= 500,
            RetryAfter = response.Headers.RetryAfter?.Delta ?? (response.Headers.RetryAfter?.Date - DateTimeOffset.UtcNow),
            Outcome = tooLong ? DocumentOutcome.DoesNotFit : DocumentOutcome.Error,
        };
    }

    private static async Task<string> ReadLimitedAsync(HttpResponseMessage response, CancellationToken token)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream, Encoding.UTF8);
                var buffer = new char[ErrorBodyChars];
                var read = await reader.ReadBlockAsync(buffer, token).ConfigureAwait(false);
                return new string(buffer, 0, read);
            }
        }
        catch (IOException e)
        {
            return $"(body unreadable: {e.Message})";
        }
    }

    private async Task<ModelList> GetModelsAsync(CancellationToken token)
    {
        using var request = Request(HttpMethod.Get, "/v1/models");
        HttpResponseMessage response;
        try
        {
            response = await SendAsync(request, token).ConfigureAwait(false);
        }
        catch (EndpointRequestException e) when (e.StatusCode == 404)
        {
            // Some servers have no model list; the identity is then the name the user gave.
            return new ModelList([], null);
        }

        using (response)
        {
            var server = response.Headers.Server.Count > 0 ? response.Headers.Server.ToString() : null;
            var json = await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
            return new ModelList(ParseModels(json), server);
        }
    }

    private static List<ModelEntry> ParseModels(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return data.EnumerateArray()
                .Where(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                .Select(m => new ModelEntry(m.GetProperty("id").GetString()!, Text(m, "owned_by"), Text(m, "root"), VocabularyOf(m)))
                .ToList();
        }
        catch (JsonException e)
        {
            throw new EndpointRequestException($"GET /v1/models returned malformed JSON ({e.Message}): {StreamChunkParser.Excerpt(json)}");
        }
    }

    /// <summary>llama-server (and l2v serve) describe the model under meta: n_vocab is what token-id prompts need.</summary>
    private static int? VocabularyOf(JsonElement model) =>
        model.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object
        && meta.TryGetProperty("n_vocab", out var size) && size.ValueKind == JsonValueKind.Number && size.TryGetInt32(out var n) && n > 0
            ? n
            : null;

    private static string? Text(JsonElement holder, string name) =>
        holder.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>GET /version, once, briefly; a server without it simply has no version in its identity.</summary>
    private async Task<string?> TryGetVersionAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            using var request = Request(HttpMethod.Get, "/version");
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var body = (await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false)).Trim();
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && Text(document.RootElement, "version") is { } version
                ? version
                : StreamChunkParser.Excerpt(body, 120);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private async Task<EndpointCompletion> StreamAsync(string body, CancellationToken token)
    {
        using var request = Request(HttpMethod.Post, CompletionPath);
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        request.Headers.Accept.Add(EventStream);
        var sent = Stopwatch.GetTimestamp();
        using var response = await SendAsync(request, token).ConfigureAwait(false);
        var accumulator = new StreamAccumulator(sent);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                if (response.Content.Headers.ContentType?.MediaType != EventStream.MediaType)
                {
                    // The server ignored stream=true: one whole response, so first token = last token.
                    using var reader = new StreamReader(stream, Encoding.UTF8);
                    accumulator.Add(StreamChunkParser.Parse(await reader.ReadToEndAsync(token).ConfigureAwait(false)));
                    return accumulator.Finish(sawDone: true);
                }

                await foreach (var data in ServerSentEvents.ReadDataAsync(stream, token).ConfigureAwait(false))
                {
                    if (data.AsSpan().Trim().SequenceEqual("[DONE]"))
                    {
                        return accumulator.Finish(sawDone: true);
                    }

                    accumulator.Add(StreamChunkParser.Parse(data));
                }
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw new EndpointRequestException($"the stream broke after {accumulator.OutputChunks} output chunk(s): {e.Message}", e);
        }

        return accumulator.Finish(sawDone: false);
    }

    private sealed record ModelEntry(string Id, string? OwnedBy, string? Root, int? VocabularySize);

    private sealed record ModelList(List<ModelEntry> Entries, string? Server);
}
