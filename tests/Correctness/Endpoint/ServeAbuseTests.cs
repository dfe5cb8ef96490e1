using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// `l2v serve` (a real process of its own per test) when clients walk away, crowd it, or send bodies no
/// prompt could need: the slot is freed, the crowd is told to come back, and the memory stays put.
/// </summary>
public sealed class ServeAbuseTests(ITestOutputHelper output)
{
    /// <summary>Most of the tiny model's 1,024 cells, so one generation takes long enough to be interrupted.</summary>
    private const int LongGeneration = 900;

    [Fact]
    public async Task A_client_that_disconnects_frees_its_slot_instead_of_generating_to_max_tokens()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var server = await ServeProcess.StartAsync(TinyModelForEndpoint.Path(), ["--parallel", "1"], cancellation);
        using var http = Client(server);
        (await Post(http, server, "Warm up.", 5, cancellation)).EnsureSuccessStatusCode();

        // Side by side: how long the whole generation takes here, now.
        var clock = Stopwatch.StartNew();
        (await Post(http, server, "Tell a long story.", LongGeneration, cancellation)).EnsureSuccessStatusCode();
        var whole = clock.Elapsed;

        await StartAndWalkAway(http, server, cancellation);
        clock.Restart();
        (await Post(http, server, "A short question.", 5, cancellation)).EnsureSuccessStatusCode();
        var next = clock.Elapsed;
        output.WriteLine($"whole {LongGeneration}-token generation {whole.TotalMilliseconds:0} ms; the next request after a client walked away {next.TotalMilliseconds:0} ms");

        next.Should().BeLessThan(whole / 2, "the walked-away generation stops instead of holding the only slot to max_tokens");
        server.Log.Should().Contain("client gone");
    }

    [Fact]
    public async Task Past_the_queue_limit_a_request_is_answered_503_with_retry_after_and_the_others_still_complete()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var server = await ServeProcess.StartAsync(TinyModelForEndpoint.Path(), ["--parallel", "1", "--queue", "1"], cancellation);
        using var http = Client(server);
        (await Post(http, server, "Warm up.", 5, cancellation)).EnsureSuccessStatusCode();

        // One request holds the only slot; of two more, one may wait and the other finds the server full.
        using var holder = await StartStreaming(http, server, cancellation);
        var second = Post(http, server, "Second.", 5, cancellation);
        var third = Post(http, server, "Third.", 5, cancellation);
        var busy = await Task.WhenAny(second, third);
        using var refused = await busy;
        holder.Dispose();
        using var served = await (busy == second ? third : second);

        refused.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        refused.Headers.RetryAfter.Should().NotBeNull();
        (await refused.Content.ReadAsStringAsync(cancellation)).Should().Contain("requests already wait");
        served.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refused_ten_megabyte_bodies_leave_the_servers_memory_where_it_was()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var server = await ServeProcess.StartAsync(TinyModelForEndpoint.Path(), [], cancellation);
        using var http = Client(server);
        (await Post(http, server, "Warm up.", 5, cancellation)).EnsureSuccessStatusCode();
        var idle = server.ResidentBytes;

        var peak = idle;
        var hostile = new string('w', 10 * 1024 * 1024);
        for (var i = 0; i < 20; i++)
        {
            using var refused = await Post(http, server, hostile, 5, cancellation);
            refused.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            peak = Math.Max(peak, server.ResidentBytes);
        }

        (await Post(http, server, "Still here?", 5, cancellation)).StatusCode.Should().Be(HttpStatusCode.OK);
        output.WriteLine($"resident memory idle {idle / 1048576.0:0} MiB, peak over 20 refused 10 MB bodies {peak / 1048576.0:0} MiB");
        peak.Should().BeLessThan(2 * idle, "a body larger than any prompt that fits is refused before it is read, not parsed first");
    }

    /// <summary>A streaming request of <see cref="LongGeneration"/> tokens, returned once its first token has arrived (it holds a slot).</summary>
    private static async Task<HttpResponseMessage> StartStreaming(HttpClient http, ServeProcess server, CancellationToken cancellation)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "v1/completions")
        {
            Content = JsonContent.Create(new { model = server.ModelName, prompt = "Tell a long story.", max_tokens = LongGeneration, ignore_eos = true, stream = true, temperature = 0 }),
        };
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellation));
        while (await reader.ReadLineAsync(cancellation) is { } line && !line.StartsWith("data: ", StringComparison.Ordinal))
        {
        }

        return response;
    }

    private static async Task StartAndWalkAway(HttpClient http, ServeProcess server, CancellationToken cancellation)
    {
        // Disposing a response read only in part closes its connection: the client is gone.
        var response = await StartStreaming(http, server, cancellation);
        response.Dispose();
    }

    /// <summary>
    /// A client whose disposed responses close their connection at once: by default HttpClient first
    /// drains an unread response for up to 2 s to reuse the connection, so the server would see the
    /// client stay, not leave.
    /// </summary>
    private static HttpClient Client(ServeProcess server) =>
        new(new SocketsHttpHandler { MaxResponseDrainSize = 0 }) { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromMinutes(2) };

    private static Task<HttpResponseMessage> Post(HttpClient http, ServeProcess server, string prompt, int maxTokens, CancellationToken cancellation) =>
        http.PostAsJsonAsync("v1/completions", new { model = server.ModelName, prompt, max_tokens = maxTokens, ignore_eos = true, temperature = 0 }, cancellation);
}
