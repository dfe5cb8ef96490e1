namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>One key/value pair of a GGUF header, written in the order it was added.</summary>
public sealed record GgufMetadataEntry(string Key, GgufValue Value);
