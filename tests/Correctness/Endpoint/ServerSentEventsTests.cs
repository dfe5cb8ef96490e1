using System.Text;
using Llama2Validation.Harness.Running.Endpoint;

namespace Llama2Validation.Tests.Correctness.Endpoint;

public sealed class ServerSentEventsTests
{
    [Fact]
    public async Task Yields_one_payload_per_event_and_skips_comments_and_fields()
    {
        var payloads = await Read(": keep-alive\nevent: message\nid: 7\ndata: {\"a\":1}\n\ndata:{\"b\":2}\r\n\r\n");

        payloads.Should().Equal("{\"a\":1}", "{\"b\":2}");
    }

    [Fact]
    public async Task Joins_multi_line_data_with_newlines()
    {
        var payloads = await Read("data: first\ndata: second\n\n");

        payloads.Should().Equal("first\nsecond");
    }

    [Fact]
    public async Task Drops_an_event_cut_off_by_the_end_of_the_stream()
    {
        var payloads = await Read("data: [1]\n\ndata: {\"half\":");

        payloads.Should().Equal("[1]");
    }

    private static async Task<List<string>> Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var payloads = new List<string>();
        await foreach (var payload in ServerSentEvents.ReadDataAsync(stream, TestContext.Current.CancellationToken))
        {
            payloads.Add(payload);
        }

        return payloads;
    }
}
