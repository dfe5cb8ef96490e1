using System.Globalization;
using System.Runtime.InteropServices;

namespace Llama2Validation.Harness.Hardware.Probes;

/// <summary>
/// Reads GPUs through NVML in-process. Returns a reading, or why NVML could not answer so the caller
/// falls back to nvidia-smi and can say what was tried.
/// </summary>
public static unsafe class NvmlProbe
{
    private const ulong BytesPerMiB = 1024 * 1024;

    public static NvmlOutcome Read()
    {
        try
        {
            var init = NvmlNative.nvmlInit_v2();
            if (init != NvmlNative.Success)
            {
                return NvmlOutcome.Failed($"NVML did not start: {ErrorText(init)}");
            }

            try
            {
                return ReadInitialised();
            }
            finally
            {
                _ = NvmlNative.nvmlShutdown();
            }
        }
        catch (DllNotFoundException)
        {
            return NvmlOutcome.Failed($"{NvmlNative.Library} not found");
        }
        catch (EntryPointNotFoundException e)
        {
            // Drivers older than the _v2 entry points (before R418).
            return NvmlOutcome.Failed($"{NvmlNative.Library} is too old: {e.Message}");
        }
    }

    private static NvmlOutcome ReadInitialised()
    {
        uint count;
        var rc = NvmlNative.nvmlDeviceGetCount_v2(&count);
        if (rc != NvmlNative.Success)
        {
            return NvmlOutcome.Failed($"NVML could not count GPUs: {ErrorText(rc)}");
        }

        var devices = new List<GpuDevice>();
        var problems = new List<string>();
        for (uint index = 0; index < count; index++)
        {
            nint handle;
            rc = NvmlNative.nvmlDeviceGetHandleByIndex_v2(index, &handle);
            if (rc != NvmlNative.Success)
            {
                // Typically a GPU the container may not access; the others still count.
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"NVML could not open GPU {index}: {ErrorText(rc)}"));
                continue;
            }

            if (ReadDevice(handle) is { } device)
            {
                devices.Add(device);
            }
            else
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"NVML could not read the name or memory of GPU {index}"));
            }
        }

        if (devices.Count == 0)
        {
            return NvmlOutcome.Failed(problems.Count > 0 ? string.Join("; ", problems) : "NVML reports no GPU");
        }

        return new NvmlOutcome(
            new GpuReading
            {
                Source = GpuProbeSource.Nvml,
                Devices = devices,
                DriverVersion = DriverVersion(),
                CudaVersion = CudaVersion(),
                Problems = problems,
            },
            null);
    }

    private static GpuDevice? ReadDevice(nint handle)
    {
        var name = stackalloc byte[NvmlNative.NameBufferSize];
        NvmlNative.NvmlMemory memory;
        if (NvmlNative.nvmlDeviceGetName(handle, name, NvmlNative.NameBufferSize) != NvmlNative.Success
            || NvmlNative.nvmlDeviceGetMemoryInfo(handle, &memory) != NvmlNative.Success)
        {
            return null;
        }

        int major, minor;
        var capability = NvmlNative.nvmlDeviceGetCudaComputeCapability(handle, &major, &minor) == NvmlNative.Success
            ? string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}")
            : null;
        return new GpuDevice
        {
            Name = Marshal.PtrToStringUTF8((nint)name) ?? "",
            MemoryTotalMiB = (long)(memory.Total / BytesPerMiB),
            MemoryFreeMiB = (long)(memory.Free / BytesPerMiB),
            ComputeCapability = capability,
        };
    }

    private static string? DriverVersion()
    {
        var version = stackalloc byte[NvmlNative.DriverVersionBufferSize];
        return NvmlNative.nvmlSystemGetDriverVersion(version, NvmlNative.DriverVersionBufferSize) == NvmlNative.Success
            ? Marshal.PtrToStringUTF8((nint)version)
            : null;
    }

    /// <summary>NVML encodes CUDA 12.4 as 12040.</summary>
    private static string? CudaVersion()
    {
        int version;
        return NvmlNative.nvmlSystemGetCudaDriverVersion(&version) == NvmlNative.Success
            ? string.Create(CultureInfo.InvariantCulture, $"{version / 1000}.{version % 1000 / 10}")
            : null;
    }

    private static string ErrorText(int result)
    {
        var text = Marshal.PtrToStringUTF8((nint)NvmlNative.nvmlErrorString(result));
        return string.Create(CultureInfo.InvariantCulture, $"{text ?? "unknown error"} ({result})");
    }
}
