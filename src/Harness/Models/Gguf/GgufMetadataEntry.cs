namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>One key/value pair in file order; <see cref="Offset"/> is where its key starts when read from a file (for messages), -1 when built to be written.</summary>
public sealed record GgufMetadataEntry(string Key, GgufValue Value, long Offset = -1);
