using System.Text;

namespace Llama2Validation.Engine.Worker;

/// <summary>
/// llama.cpp's log while the model loads and the context is created, kept for <see cref="Harness.Measurement.ContextLog"/>:
/// the settings the API does not expose (flash attention, K/V types, offloaded layers) are only said there.
/// </summary>
internal static class LoadLog
{
    private static readonly Lock Gate = new();
    private static StringBuilder? text;

    public static void Start()
    {
        lock (Gate)
        {
            text = new StringBuilder();
        }
    }

    public static void Append(string message)
    {
        lock (Gate)
        {
            text?.Append(message);
        }
    }

    /// <summary>The lines logged since <see cref="Start"/>; logging after this is no longer kept.</summary>
    public static IReadOnlyList<string> Stop()
    {
        lock (Gate)
        {
            var lines = text?.ToString().Split('\n') ?? [];
            text = null;
            return lines;
        }
    }
}
