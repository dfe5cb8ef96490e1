using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running.Capture;

/// <summary>
/// Loads a model and creates one context in a worker process (no documents run) and collects the buffer
/// sizes llama.cpp reports, so the memory model is checked against llama.cpp's own accounting.
/// </summary>
public static class BufferCapture
{
    public static async Task<BufferCaptureResult> CaptureAsync(
        string modelPath,
        MemoryConfiguration configuration,
        string? nativeLibraryPath = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var lines = new List<string>();
        var request = new RunRequest
        {
            Spec = configuration.ToSpec("memory-probe", WeightType.F16),
            ModelPath = modelPath,
            Examples = [],
            NativeLibraryPath = nativeLibraryPath,
        };
        var host = new WorkerHost
        {
            OnNativeLog = line =>
            {
                lock (lines)
                {
                    lines.Add(line);
                }
            },
        };
        var run = await host.RunAsync(request, new RunMetadata(), cancellationToken).ConfigureAwait(false);
        lock (lines)
        {
            return new BufferCaptureResult(LlamaBufferLog.Parse(lines), run.Outcome, run.FailureDetail, [.. lines]);
        }
    }
}
