using System.Text.Json;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Running.Worker;

/// <summary>
/// Messages travel on the worker's stdout as single JSON lines behind a marker, so anything else a
/// native library prints there is never mistaken for a message (native logs go to stderr).
/// </summary>
public static class WorkerProtocol
{
    public const string Marker = "@@l2v ";

    public static string Format(WorkerMessage message) => Marker + JsonSerializer.Serialize(message, HarnessJson.Compact);

    public static bool TryParse(string line, out WorkerMessage? message)
    {
        message = null;
        if (!line.StartsWith(Marker, StringComparison.Ordinal))
        {
            return false;
        }

        message = JsonSerializer.Deserialize<WorkerMessage>(line.AsSpan(Marker.Length), HarnessJson.Compact);
        return message is not null;
    }
}
