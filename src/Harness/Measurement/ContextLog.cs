using System.Globalization;
using System.Text.RegularExpressions;

namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// Reads from llama.cpp's load and context log what its API does not expose: whether flash attention was
/// enabled, the K and V cache types, and how many layers were offloaded (b10361's wording, tested on
/// saved logs). Lines it does not recognise change nothing.
/// </summary>
public static partial class ContextLog
{
    public static ContextSettings Read(IEnumerable<string> lines, ContextSettings fromApi)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(fromApi);
        var settings = fromApi;
        foreach (var line in lines)
        {
            if (FlashAttention().Match(line) is { Success: true } flash)
            {
                settings = settings with { FlashAttention = flash.Groups["value"].Value is "enabled" or "1" or "true" };
            }
            else if (KvTypes().Match(line) is { Success: true } kv)
            {
                settings = settings with { KeyType = kv.Groups["k"].Value, ValueType = kv.Groups["v"].Value };
            }
            else if (Offloaded().Match(line) is { Success: true } offloaded)
            {
                settings = settings with
                {
                    OffloadedLayers = int.Parse(offloaded.Groups["n"].Value, CultureInfo.InvariantCulture),
                    ModelLayers = int.Parse(offloaded.Groups["of"].Value, CultureInfo.InvariantCulture),
                };
            }
        }

        return settings;
    }

    [GeneratedRegex(@"^llama_context:\s+flash_attn\s+=\s+(?<value>\S+)\s*$")]
    private static partial Regex FlashAttention();

    [GeneratedRegex(@"^llama_kv_cache: size = .*K \((?<k>[a-z0-9_]+)\):.*V \((?<v>[a-z0-9_]+)\):")]
    private static partial Regex KvTypes();

    [GeneratedRegex(@"offloaded (?<n>\d+)/(?<of>\d+) layers to GPU")]
    private static partial Regex Offloaded();
}
