using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// Mixed hostile traffic against one `l2v serve` on 127.0.0.1, in rounds: 200 concurrent well-formed
/// requests, oversized bodies (chunked and declared), clients that walk away mid-stream, and clients that
/// send their body a few bytes at a time. Every well-formed request must be answered (200, or 503 when
/// the queue is full) and the server's resident memory must stay within 2× its idle figure.
/// CI runs a short version; <c>LLAMA2VALIDATION_SOAK_SECONDS=600</c> runs the ten-minute one.
/// </summary>
public sealed class ServeSoakTests(ITestOutputHelper output)
{
    private const string DurationVariable = "LLAMA2VALIDATION_SOAK_SECONDS";
    private const int Concurrent = 200;

    [Fact]
    public async Task Hostile_traffic_leaves_every_well_formed_request_answered_and_memory_within_twice_idle()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var seconds = int.TryParse(System.Environment.GetEnvironmentVariable(DurationVariable), CultureInfo.InvariantCulture, out var asked) ? asked : 30;
        await using var server = await ServeProcess.StartAsync(TinyModelForEndpoint.Path(), ["--parallel", "4"], cancellation);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrent, MaxResponseDrainSize = 0 }) { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromMinutes(5) };
        (await Post(http, server, "Warm up.", 4, cancellation)).EnsureSuccessStatusCode();
        await Task.Delay(500, cancellation);
        var idle = server.ResidentBytes;

        var counts = new ConcurrentDictionary<string, int>();
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var peak = idle;
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, server.ResidentBytes);
                await Task.Delay(200, CancellationToken.None);
            }
        }, CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var rounds = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            rounds++;
            var wellFormed = Enumerable.Range(0, Concurrent).Select(i => WellFormed(http, server, $"Question {i}.", counts, cancellation));
            var hostile = Enumerable.Range(0, 3).SelectMany(_ => new[]
            {
                Oversized(http, server, counts, cancellation),
                DeclaredHuge(server, counts, cancellation),
                WalkAway(http, server, counts, cancellation),
                SlowClient(server, counts, cancellation),
            });
            await Task.WhenAll([.. wellFormed, .. hostile]);
        }

        await sampling.CancelAsync();
        await sampler;
        peak = Math.Max(peak, server.ResidentBytes);
        (await Post(http, server, "Still here?", 4, cancellation)).StatusCode.Should().Be(HttpStatusCode.OK);

        var summary = string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0} s, {rounds} rounds; resident memory idle {idle / 1048576.0:0} MiB, peak {peak / 1048576.0:0} MiB; {summary}");
        counts.GetValueOrDefault("unanswered").Should().Be(0, summary);
        counts.GetValueOrDefault("wrong status").Should().Be(0, summary);
        counts.GetValueOrDefault("well-formed 200").Should().BePositive(summary);
        peak.Should().BeLessThan(2 * idle, summary);
    }

    private static async Task WellFormed(HttpClient http, ServeProcess server, string prompt, ConcurrentDictionary<string, int> counts, CancellationToken cancellation)
    {
        try
        {
            using var response = await Post(http, server, prompt, 4, cancellation);
            var status = (int)response.StatusCode;
            Count(counts, status is 200 or 503 ? $"well-formed {status}" : "wrong status");
        }
        catch (HttpRequestException)
        {
            Count(counts, "unanswered");
        }
    }

    private static async Task Oversized(HttpClient http, ServeProcess server, ConcurrentDictionary<string, int> counts, CancellationToken cancellation)
    {
        try
        {
            using var response = await Post(http, server, new string('w', 10 * 1024 * 1024), 4, cancellation);
            Count(counts, response.StatusCode == HttpStatusCode.RequestEntityTooLarge ? "oversized 413" : "wrong status");
        }
        catch (HttpRequestException)
        {
            // The server may close the connection while the rest of the refused body is still being sent.
            Count(counts, "oversized cut off");
        }
    }

    private static async Task DeclaredHuge(ServeProcess server, ConcurrentDictionary<string, int> counts, CancellationToken cancellation)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseUrl.Host, server.BaseUrl.Port, cancellation);
        var stream = tcp.GetStream();
        var head = $"POST /v1/completions HTTP/1.1\r\nHost: {server.BaseUrl.Authority}\r\nContent-Type: application/json\r\nContent-Length: 31000000\r\n\r\n{{\"model\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellation);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = (await reader.ReadLineAsync(cancellation))?.Split(' ').ElementAtOrDefault(1);
        Count(counts, status == "413" ? "declared-huge 413" : "wrong status");
    }

    private static async Task WalkAway(HttpClient http, ServeProcess server, ConcurrentDictionary<string, int> counts, CancellationToken cancellation)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "v1/completions")
        {
            Content = JsonContent.Create(new { model = server.ModelName, prompt = "Tell a long story.", max_tokens = 900, ignore_eos = true, stream = true, temperature = 0 }),
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
        Count(counts, $"walked away from {(int)response.StatusCode}");
    }

    private static async Task SlowClient(ServeProcess server, ConcurrentDictionary<string, int> counts, CancellationToken cancellation)
    {
        var body = Encoding.UTF8.GetBytes($"{{\"model\":\"{server.ModelName}\",\"prompt\":\"Slowly.\",\"max_tokens\":4,\"temperature\":0}}");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseUrl.Host, server.BaseUrl.Port, cancellation);
        var stream = tcp.GetStream();
        var head = $"POST /v1/completions HTTP/1.1\r\nHost: {server.BaseUrl.Authority}\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellation);
        foreach (var chunk in body.Chunk(8))
        {
            await stream.WriteAsync(chunk, cancellation);
            await Task.Delay(150, cancellation);
        }

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = (await reader.ReadLineAsync(cancellation))?.Split(' ').ElementAtOrDefault(1);
        Count(counts, status is "200" or "503" ? $"slow {status}" : "unanswered");
    }

    private static void Count(ConcurrentDictionary<string, int> counts, string what) => counts.AddOrUpdate(what, 1, (_, n) => n + 1);

    private static Task<HttpResponseMessage> Post(HttpClient http, ServeProcess server, string prompt, int maxTokens, CancellationToken cancellation) =>
        http.PostAsJsonAsync("v1/completions", new { model = server.ModelName, prompt, max_tokens = maxTokens, temperature = 0 }, cancellation);
}
