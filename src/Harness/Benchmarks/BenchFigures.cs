namespace Llama2Validation.Harness.Benchmarks;

/// <summary>What one benchmark pass measured: documents per second, and generated tokens per second of decoding.</summary>
public sealed record BenchFigures(double DocsPerSecond, double DecodeTokensPerSecond);
