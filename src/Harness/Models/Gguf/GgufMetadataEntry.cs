namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>One key/value pair in file order; <see cref="Offset"/> is where its key starts, for messages.</summary>
public sealed record GgufMetadataEntry(string Key, GgufValue Value, long Offset);
