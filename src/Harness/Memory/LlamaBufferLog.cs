using System.Globalization;
using System.Text.RegularExpressions;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// Reads the buffer sizes llama.cpp prints while loading a model and creating a context, e.g.
/// <c>load_tensors:   CPU_Mapped model buffer size =    14.13 MiB</c>,
/// <c>llama_kv_cache:        CPU KV buffer size =     4.00 MiB</c>,
/// <c>llama_context:        CPU compute buffer size =    16.51 MiB</c>,
/// <c>llama_context:        CPU  output buffer size =     0.03 MiB</c>.
/// Lines may carry a timestamp or level prefix (llama.cpp's common logger adds both); other lines are ignored.
/// </summary>
public static partial class LlamaBufferLog
{
    public static ReportedBuffers Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var buffers = new List<ReportedBuffer>();
        foreach (var line in lines)
        {
            // A forwarded native message may hold several lines.
            foreach (var part in line.Split('\n'))
            {
                if (TryParseLine(part, out var buffer))
                {
                    buffers.Add(buffer);
                }
            }
        }

        return new ReportedBuffers(buffers);
    }

    public static ReportedBuffers Parse(string text) => Parse([text ?? throw new ArgumentNullException(nameof(text))]);

    public static bool TryParseLine(string line, out ReportedBuffer buffer)
    {
        ArgumentNullException.ThrowIfNull(line);
        buffer = null!;
        var match = BufferLine().Match(line);
        if (!match.Success || !double.TryParse(match.Groups["mib"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var mib))
        {
            return false;
        }

        BufferKind? kind = match.Groups["what"].Value switch
        {
            "model" => BufferKind.Model,
            "KV" => BufferKind.KvCache,
            "compute" => BufferKind.Compute,
            "output" => BufferKind.Output,
            _ => null,
        };
        if (kind is null)
        {
            return false;
        }

        buffer = new ReportedBuffer(kind.Value, match.Groups["type"].Value, mib);
        return true;
    }

    [GeneratedRegex(@"(?<type>[A-Za-z][A-Za-z0-9_]*)\s+(?<what>model|KV|compute|output)\s+buffer size\s*=\s*(?<mib>[0-9]+(?:\.[0-9]+)?)\s*MiB", RegexOptions.CultureInvariant)]
    private static partial Regex BufferLine();
}
