using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// A real HTTP server on loopback that misbehaves on purpose. The fault is chosen by a marker in the
/// prompt ("fault:NAME"), so one run over several documents exercises every fault side by side.
/// </summary>
internal sealed class MisbehavingServer : IAsyncDisposable
{
    public const string ModelName = "fault-model";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> attempts = new();
    private int inFlight;
    private int maxInFlight;

    private MisbehavingServer(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The most completion requests the server saw at once.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public int AttemptsFor(string fault) => attempts.GetValueOrDefault(fault);

    public static async Task<MisbehavingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var server = new MisbehavingServer(builder.Build());
        server.app.MapGet("/v1/models", (HttpContext http) =>
        {
            http.Response.Headers.Server = "misbehaving";
            return Results.Json(new { data = new[] { new { id = ModelName, owned_by = "tests" } } });
        });
        server.app.MapPost("/v1/completions", server.CompleteAsync);
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);

        // The first request JITs the routes, which on a busy machine can take longer than the short
        // timeouts the fault tests use; a warm-up keeps those timeouts about the faults alone.
        using var warmUp = new HttpClient { BaseAddress = server.BaseUrl };
        (await warmUp.GetAsync(new Uri("/v1/models", UriKind.Relative))).EnsureSuccessStatusCode();
        (await warmUp.PostAsync(new Uri("/v1/completions", UriKind.Relative), JsonContent.Create(new { prompt = "fault:warm-up" }))).EnsureSuccessStatusCode();
        return server;
    }

    private async Task CompleteAsync(HttpContext http)
    {
        var now = Interlocked.Increment(ref inFlight);
        InterlockedMax(ref maxInFlight, now);
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var prompt = body.RootElement.GetProperty("prompt").GetString()!;
            var fault = prompt.Contains("fault:", StringComparison.Ordinal) ? prompt.Split("fault:")[1].Split(['\n', ' '])[0] : "none";
            var attempt = attempts.AddOrUpdate(fault, 1, (_, n) => n + 1);
            var authorization = http.Request.Headers.Authorization.ToString();
            await Behave(http, fault, attempt, authorization);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private static async Task Behave(HttpContext http, string fault, int attempt, string authorization)
    {
        var aborted = http.RequestAborted;
        switch (fault)
        {
            case "500":
                // Echoes the Authorization header: the client must never let it reach a result.
                await Error(http, 500, $"internal failure while handling {authorization}");
                return;
            case "429-twice" when attempt <= 2:
                http.Response.Headers.RetryAfter = "0";
                await Error(http, 429, "slow down");
                return;
            case "context":
                await Error(http, 400, "This model's maximum context length is 4096 tokens. However, you requested 5000 tokens.");
                return;
            case "stall":
                await Task.Delay(TimeSpan.FromSeconds(30), aborted);
                return;
            case "close-mid-stream":
                await StartStream(http);
                await Send(http, """{"choices":[{"index":0,"text":"half","token_ids":[9]}]}""");

                // An abort resets the connection, and a reset can discard bytes the client has not read
                // yet; waiting first makes this a break after the first chunk, not before the headers.
                await Task.Delay(TimeSpan.FromMilliseconds(300), aborted);
                http.Abort();
                return;
            case "malformed":
                await StartStream(http);
                await Send(http, """{"choices":[{"index":0,"text":"ok","token_ids":[1]}]}""");
                await Send(http, """{"choices":[{"index":0,"text": broken""");
                await Send(http, "[DONE]");
                return;
            case "error-event":
                await StartStream(http);
                await Send(http, """{"choices":[{"index":0,"text":"a","token_ids":[1]}]}""");
                await Send(http, """{"error":{"message":"engine died","code":500}}""");
                return;
            case "echo-key":
                await StartStream(http);
                await Send(http, JsonSerializer.Serialize(new { choices = new[] { new { index = 0, text = authorization, token_ids = new[] { 4 } } } }));
                await Finish(http);
                return;
            default:
                await StartStream(http);
                foreach (var (text, id) in new[] { (" one", 11), (" two", 12), (" three", 13) })
                {
                    await Send(http, JsonSerializer.Serialize(new { choices = new[] { new { index = 0, text, token_ids = new[] { id } } } }));
                }

                await Finish(http);
                return;
        }
    }

    private static Task Error(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { error = new { message, code = status } });
    }

    private static async Task StartStream(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        await http.Response.Body.FlushAsync();
    }

    private static async Task Send(HttpContext http, string data)
    {
        await http.Response.WriteAsync($"data: {data}\n\n");
        await http.Response.Body.FlushAsync();
    }

    private static async Task Finish(HttpContext http)
    {
        await Send(http, """{"choices":[{"index":0,"text":"","finish_reason":"stop"}]}""");
        await Send(http, """{"choices":[],"usage":{"prompt_tokens":17,"completion_tokens":3}}""");
        await Send(http, "[DONE]");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
