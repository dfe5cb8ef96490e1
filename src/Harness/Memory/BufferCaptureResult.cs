using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Memory;

/// <summary>What one real load reported: the parsed buffers, how the worker ended, and the raw native log.</summary>
public sealed record BufferCaptureResult(ReportedBuffers Buffers, RunOutcome Outcome, string? FailureDetail, IReadOnlyList<string> NativeLog);
