namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// The key/value section of a GGUF file. <see cref="Entries"/> keeps file order and any duplicate keys
/// (so validation can name them); lookups answer with the first entry of a key.
/// Typed getters accept any integer width whose value fits, because writers differ in the widths they
/// pick; <see cref="GgufValidator"/> is where the exact types llama.cpp insists on are checked.
/// </summary>
public sealed class GgufMetadata
{
    private readonly Dictionary<string, GgufValue> firstByKey = new(StringComparer.Ordinal);

    public GgufMetadata(IReadOnlyList<GgufMetadataEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
        foreach (var entry in entries)
        {
            firstByKey.TryAdd(entry.Key, entry.Value);
        }
    }

    public IReadOnlyList<GgufMetadataEntry> Entries { get; }

    public IEnumerable<string> Keys => Entries.Select(entry => entry.Key).Distinct(StringComparer.Ordinal);

    /// <summary>general.architecture, e.g. "llama"; null when absent or not a string.</summary>
    public string? Architecture => TryGetString(GgufKeys.Architecture, out var value) ? value : null;

    public bool Contains(string key) => firstByKey.ContainsKey(key);

    public bool TryGetValue(string key, out GgufValue value) => firstByKey.TryGetValue(key, out value!);

    public GgufValue Get(string key) =>
        firstByKey.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"GGUF metadata has no key '{key}'.");

    public bool TryGetUInt64(string key, out ulong value)
    {
        value = 0;
        return firstByKey.TryGetValue(key, out var stored) && stored.TryGetUInt64(out value);
    }

    public bool TryGetUInt32(string key, out uint value)
    {
        var ok = TryGetUInt64(key, out var wide) && wide <= uint.MaxValue;
        value = ok ? (uint)wide : 0;
        return ok;
    }

    public bool TryGetInt64(string key, out long value)
    {
        value = 0;
        return firstByKey.TryGetValue(key, out var stored) && stored.TryGetInt64(out value);
    }

    public bool TryGetDouble(string key, out double value)
    {
        value = 0;
        return firstByKey.TryGetValue(key, out var stored) && stored.TryGetDouble(out value);
    }

    public bool TryGetBool(string key, out bool value)
    {
        var ok = firstByKey.TryGetValue(key, out var stored) && stored.Value is bool;
        value = ok && (bool)stored!.Value;
        return ok;
    }

    public bool TryGetString(string key, out string value)
    {
        value = firstByKey.TryGetValue(key, out var stored) ? stored.AsString() ?? string.Empty : string.Empty;
        return stored?.Type == GgufValueType.String;
    }

    public bool TryGetArray(string key, out GgufValueArray array)
    {
        array = firstByKey.TryGetValue(key, out var stored) ? stored.AsArray()! : null!;
        return array is not null;
    }

    public uint GetUInt32(string key) => TryGetUInt32(key, out var value) ? value : throw WrongType(key, "an integer that fits in 32 bits");

    public ulong GetUInt64(string key) => TryGetUInt64(key, out var value) ? value : throw WrongType(key, "a non-negative integer");

    public long GetInt64(string key) => TryGetInt64(key, out var value) ? value : throw WrongType(key, "an integer");

    public double GetDouble(string key) => TryGetDouble(key, out var value) ? value : throw WrongType(key, "a number");

    public float GetFloat32(string key) => (float)GetDouble(key);

    public bool GetBool(string key) => TryGetBool(key, out var value) ? value : throw WrongType(key, "a bool");

    public string GetString(string key) => TryGetString(key, out var value) ? value : throw WrongType(key, "a string");

    public IReadOnlyList<string> GetStringArray(string key) => GetArray(key).AsStrings() ?? throw WrongType(key, "an array of strings");

    public IReadOnlyList<float> GetFloat32Array(string key) => GetArray(key).AsFloat32s() ?? throw WrongType(key, "an array of float32");

    public IReadOnlyList<int> GetInt32Array(string key) => GetArray(key).AsInt32s() ?? throw WrongType(key, "an array of int32");

    public GgufValueArray GetArray(string key) => TryGetArray(key, out var array) ? array : throw WrongType(key, "an array");

    private Exception WrongType(string key, string expected) =>
        firstByKey.TryGetValue(key, out var stored)
            ? new InvalidOperationException($"GGUF metadata key '{key}' is {stored.Type} {stored}, not {expected}.")
            : new KeyNotFoundException($"GGUF metadata has no key '{key}'.");
}
