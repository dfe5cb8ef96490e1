namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>A written GGUF file: where, how big, its sha256 (lower-case hex) and how long writing took.</summary>
public sealed record GgufWriteResult(string Path, long SizeBytes, string Sha256, TimeSpan Elapsed);
