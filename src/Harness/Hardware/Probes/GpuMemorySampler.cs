namespace Llama2Validation.Harness.Hardware.Probes;

/// <summary>
/// Samples the GPUs' used memory through NVML on a thread of its own while a worker runs, so a run's
/// peak device memory is measured rather than inferred from llama.cpp's log. The figure is the peak
/// above what was in use when sampling began (the machine lock keeps other runs off the GPU meanwhile),
/// summed over every GPU: weights, KV cache, compute buffers and the CUDA context together, as the
/// memory model predicts them. No NVML (no driver, no GPU): <see cref="Start"/> returns null.
/// </summary>
public sealed unsafe class GpuMemorySampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private readonly nint[] devices;
    private readonly Thread thread;
    private readonly ManualResetEventSlim stop = new();
    private long peakUsed;

    private GpuMemorySampler(nint[] devices, long baseline)
    {
        this.devices = devices;
        BaselineBytes = baseline;
        peakUsed = baseline;
        thread = new Thread(Sample) { IsBackground = true, Name = "gpu-memory-sampler" };
        thread.Start();
    }

    /// <summary>Device memory in use when sampling began.</summary>
    public long BaselineBytes { get; }

    /// <summary>The highest device memory in use seen so far, minus <see cref="BaselineBytes"/>.</summary>
    public long PeakAboveBaselineBytes => Math.Max(0, Interlocked.Read(ref peakUsed) - BaselineBytes);

    public static GpuMemorySampler? Start()
    {
        try
        {
            if (NvmlNative.nvmlInit_v2() != NvmlNative.Success)
            {
                return null;
            }

            uint count;
            if (NvmlNative.nvmlDeviceGetCount_v2(&count) != NvmlNative.Success || count == 0)
            {
                _ = NvmlNative.nvmlShutdown();
                return null;
            }

            var handles = new List<nint>();
            for (uint index = 0; index < count; index++)
            {
                nint handle;
                if (NvmlNative.nvmlDeviceGetHandleByIndex_v2(index, &handle) == NvmlNative.Success)
                {
                    handles.Add(handle);
                }
            }

            var devices = handles.ToArray();
            if (UsedBytes(devices) is not { } baseline)
            {
                _ = NvmlNative.nvmlShutdown();
                return null;
            }

            return new GpuMemorySampler(devices, baseline);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Stops sampling (the worker has exited, its memory is freed); returns the peak above the baseline.</summary>
    public long Stop()
    {
        if (!stop.IsSet)
        {
            stop.Set();
            thread.Join();
            _ = NvmlNative.nvmlShutdown();
        }

        return PeakAboveBaselineBytes;
    }

    public void Dispose()
    {
        Stop();
        stop.Dispose();
    }

    private void Sample()
    {
        do
        {
            if (UsedBytes(devices) is { } used && used > Interlocked.Read(ref peakUsed))
            {
                Interlocked.Exchange(ref peakUsed, used);
            }
        }
        while (!stop.Wait(Interval));
    }

    private static long? UsedBytes(nint[] devices)
    {
        long total = 0;
        foreach (var device in devices)
        {
            NvmlNative.NvmlMemory memory;
            if (NvmlNative.nvmlDeviceGetMemoryInfo(device, &memory) != NvmlNative.Success)
            {
                return null;
            }

            total += (long)memory.Used;
        }

        return total;
    }
}
