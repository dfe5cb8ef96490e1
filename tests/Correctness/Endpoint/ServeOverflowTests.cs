using System.Globalization;
using System.Net;
using System.Text;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>`l2v serve --overflow`: a request too long for a main slot runs in an overflow slot instead of being refused.</summary>
public sealed class ServeOverflowTests
{
    [Fact]
    public async Task A_prompt_longer_than_a_main_slot_is_served_from_an_overflow_slot_beside_a_short_one()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var server = await ServeProcess.StartAsync(TinyModelForEndpoint.Path(), ["--context", "256", "--parallel", "2", "--overflow", "1x1024"], cancellation);
        using var http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromMinutes(2) };

        var longPrompt = string.Join(",", Enumerable.Repeat("5", 400));
        var tooLong = string.Join(",", Enumerable.Repeat("5", 1100));
        var requests = new[] { Complete(http, server, longPrompt, cancellation), Complete(http, server, "5,6,7", cancellation) };
        var answers = await Task.WhenAll(requests);
        var refused = await Complete(http, server, tooLong, cancellation);

        answers.Should().AllSatisfy(a => a.Status.Should().Be(HttpStatusCode.OK, a.Body + server.Log));
        answers[0].Body.Should().Contain("\"completion_tokens\":4", "the 400-token prompt generated its tokens in the 1,024-cell overflow slot");
        refused.Status.Should().Be(HttpStatusCode.BadRequest, "a prompt longer than the overflow slots is still refused");
        refused.Body.Should().Contain("maximum context length is 1024 tokens");
    }

    private static async Task<(HttpStatusCode Status, string Body)> Complete(HttpClient http, ServeProcess server, string promptIds, CancellationToken cancellation)
    {
        using var body = new StringContent(
            string.Create(CultureInfo.InvariantCulture, $$"""{"model":"{{server.ModelName}}","prompt":[{{promptIds}}],"max_tokens":4,"ignore_eos":true}"""),
            Encoding.UTF8,
            "application/json");
        using var response = await http.PostAsync(new Uri("v1/completions", UriKind.Relative), body, cancellation);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellation));
    }
}
