using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Llama2Validation.Tests.Correctness.Fuzzing;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// `l2v serve` on loopback fed generated request bodies, bounded in count and time: every body gets a
/// client error or an answer, never a 500, a hang or a dead server, and the server still serves after.
/// </summary>
public sealed class ServeJsonFuzzTests(ServedTinyModel served, ITestOutputHelper output) : IClassFixture<ServedTinyModel>
{
    private const int Seed = 20;
    private const int MaxRequests = 400;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);
    private static readonly HashSet<HttpStatusCode> Expected =
        [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.RequestEntityTooLarge];

    [Fact]
    public async Task Generated_bodies_get_an_answer_and_the_server_keeps_serving()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await served.GetAsync(TinyModelForEndpoint.Path(), cancellation);
        using var http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", served.Key.Value);
        var garbage = new Garbage(Seed);
        var bodies = new JsonGarbage(garbage, server.ModelName);
        var statuses = new Dictionary<HttpStatusCode, int>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (sent < MaxRequests && clock.Elapsed < Budget)
        {
            var route = garbage.Chance(0.5) ? "v1/completions" : "v1/chat/completions";
            var body = bodies.Body();
            sent++;
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(new Uri(route, UriKind.Relative), content, cancellation);
            var text = await response.Content.ReadAsStringAsync(cancellation);

            var replay = $"seed {Seed}, request {sent} to {route}: {Convert.ToBase64String(body.AsSpan(0, Math.Min(body.Length, 300)))}";
            Expected.Should().Contain(response.StatusCode, $"{replay} answered {text}");
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }

        output.WriteLine($"{sent} bodies in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", statuses.Select(s => $"{(int)s.Key}×{s.Value}"))}");
        (await http.GetStringAsync(new Uri("health", UriKind.Relative), cancellation)).Should().Be("ok");
        statuses.Should().ContainKey(HttpStatusCode.OK, "some generated bodies must be servable, or the fuzz only reached the parser");
        statuses.Should().ContainKey(HttpStatusCode.BadRequest);
        server.Log.Should().NotContain("   at ").And.NotContain("Unhandled");
    }
}
