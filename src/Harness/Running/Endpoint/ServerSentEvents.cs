using System.Runtime.CompilerServices;
using System.Text;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// The data payloads of a text/event-stream, one per event: "data:" lines joined by newlines,
/// dispatched at a blank line; comments (":"), event names and ids are skipped. An event cut off by
/// the end of the stream is dropped, as the format prescribes, so a truncated stream cannot pass off
/// half a JSON object as a chunk.
/// </summary>
public static class ServerSentEvents
{
    public static async IAsyncEnumerable<string> ReadDataAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        var data = new StringBuilder();
        var hasData = false;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                if (hasData)
                {
                    yield return data.ToString();
                }

                data.Clear();
                hasData = false;
                continue;
            }

            if (!line.StartsWith("data:", StringComparison.Ordinal))
            {
                continue;
            }

            var value = line.AsSpan(5);
            if (value.Length > 0 && value[0] == ' ')
            {
                value = value[1..];
            }

            if (hasData)
            {
                data.Append('\n');
            }

            data.Append(value);
            hasData = true;
        }
    }
}
