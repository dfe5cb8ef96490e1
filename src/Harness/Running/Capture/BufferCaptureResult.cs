using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Memory;

namespace Llama2Validation.Harness.Running.Capture;

/// <summary>What one real load reported: the parsed buffers, how the worker ended, and the raw native log.</summary>
public sealed record BufferCaptureResult(ReportedBuffers Buffers, RunOutcome Outcome, string? FailureDetail, IReadOnlyList<string> NativeLog);
