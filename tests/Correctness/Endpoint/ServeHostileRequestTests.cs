using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// `l2v serve` under requests meant to hurt it: each gets its HTTP answer, is logged without the key,
/// and never holds up an ordinary request.
/// </summary>
public sealed class ServeHostileRequestTests(ServedTinyModel served, ITestOutputHelper output) : IClassFixture<ServedTinyModel>
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_ten_megabyte_prompt_is_refused_while_a_small_request_is_served_within_a_second()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await served.GetAsync(TinyModelForEndpoint.Path(), cancellation);
        using var http = Client(server, "Bearer", served.Key.Value);
        using (var warm = await Complete(http, server, "Warm up.", cancellation))
        {
            warm.EnsureSuccessStatusCode();
        }

        var hostileClock = Stopwatch.StartNew();
        var hostile = Complete(http, server, new string('w', 10 * 1024 * 1024), cancellation);

        // Long enough for the hostile body to be uploaded and parsed, so the small request comes second.
        await Task.Delay(TimeSpan.FromMilliseconds(150), cancellation);
        var smallClock = Stopwatch.StartNew();
        using var small = await Complete(http, server, "A short question.", cancellation);
        var smallSeconds = smallClock.Elapsed;
        using var refused = await hostile;
        var hostileSeconds = hostileClock.Elapsed;
        output.WriteLine($"small request {smallSeconds.TotalMilliseconds:0} ms, 10 MB prompt refused in {hostileSeconds.TotalMilliseconds:0} ms");

        small.StatusCode.Should().Be(HttpStatusCode.OK);
        smallSeconds.Should().BeLessThan(Prompt);
        refused.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, "a body no prompt that fits could need is refused before it is read");
        (await refused.Content.ReadAsStringAsync(cancellation)).Should().Contain("maximum context length").And.Contain("bytes");
    }

    [Theory]
    [InlineData("invalid UTF-8", new byte[] { 0xff, 0xfe })]
    [InlineData("a lone surrogate escape", new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' })]
    public async Task A_prompt_that_is_not_text_is_answered_400_not_500(string what, byte[] prompt)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await served.GetAsync(TinyModelForEndpoint.Path(), cancellation);
        using var http = Client(server, "Bearer", served.Key.Value);
        byte[] body = [.. Encoding.UTF8.GetBytes($"{{\"model\":\"{server.ModelName}\",\"max_tokens\":2,\"prompt\":\""), .. prompt, .. "\"}"u8.ToArray()];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await http.PostAsync(new Uri("v1/completions", UriKind.Relative), content, cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, what);
        (await response.Content.ReadAsStringAsync(cancellation)).Should().Contain("invalid_request_error", what);
    }

    [Theory]
    [InlineData("\"\\n\"")]
    [InlineData("[\"END\"]")]
    public async Task Stop_sequences_are_refused_rather_than_ignored(string stop)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await served.GetAsync(TinyModelForEndpoint.Path(), cancellation);
        using var http = Client(server, "Bearer", served.Key.Value);
        using var body = new StringContent($$"""{"model":"{{server.ModelName}}","prompt":"x","max_tokens":2,"stop":{{stop}}}""", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri("v1/completions", UriKind.Relative), body, cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(cancellation)).Should().Contain("'stop'");
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    public async Task The_authorization_scheme_is_case_insensitive(string scheme)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await served.GetAsync(TinyModelForEndpoint.Path(), cancellation);
        using var http = Client(server, scheme, served.Key.Value);

        using var response = await Complete(http, server, "Hello.", cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refused_requests_are_logged_without_the_key()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await served.GetAsync(TinyModelForEndpoint.Path(), cancellation);
        using var wrong = Client(server, "Bearer", "sk-not-the-key-" + Guid.NewGuid().ToString("N"));
        using var right = Client(server, "Bearer", served.Key.Value);

        using var unauthorized = await Complete(wrong, server, "x", cancellation);
        using var unknownModel = await right.PostAsJsonAsync("v1/completions", new { model = "no-such-model", prompt = "x" }, cancellation);
        var tooLarge = await StatusOfOversizedBody(server, cancellation);

        unauthorized.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        unknownModel.StatusCode.Should().Be(HttpStatusCode.NotFound);
        tooLarge.Should().Be(413);
        var log = await LogWithin(server, ["POST /v1/completions 401", "POST /v1/completions 404", "POST /v1/completions 413"], cancellation);
        log.Should().NotContain(served.Key.Value);
    }

    /// <summary>
    /// Announces a body above Kestrel's 30 MB limit without sending it: the server answers 413 at once,
    /// and an HttpClient still uploading would see a broken pipe instead of the answer.
    /// </summary>
    private async Task<int> StatusOfOversizedBody(ServeProcess server, CancellationToken cancellation)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseUrl.Host, server.BaseUrl.Port, cancellation);
        var stream = tcp.GetStream();
        var head = $"POST /v1/completions HTTP/1.1\r\nHost: {server.BaseUrl.Authority}\r\nAuthorization: Bearer {served.Key.Value}\r\n"
            + "Content-Type: application/json\r\nContent-Length: 31000000\r\n\r\n{\"model\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellation);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync(cancellation) ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> LogWithin(ServeProcess server, string[] lines, CancellationToken cancellation)
    {
        // The log is read from the child's stderr as it arrives; give the last line a moment.
        for (var waited = 0; waited < 50 && !lines.All(server.Log.Contains); waited++)
        {
            await Task.Delay(100, cancellation);
        }

        var log = server.Log;
        foreach (var line in lines)
        {
            log.Should().Contain(line);
        }

        return log;
    }

    private static Task<HttpResponseMessage> Complete(HttpClient http, ServeProcess server, string prompt, CancellationToken cancellation) =>
        http.PostAsJsonAsync("v1/completions", new { model = server.ModelName, prompt, max_tokens = 5, temperature = 0 }, cancellation);

    private static HttpClient Client(ServeProcess server, string scheme, string key)
    {
        var http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"{scheme} {key}");
        return http;
    }
}
