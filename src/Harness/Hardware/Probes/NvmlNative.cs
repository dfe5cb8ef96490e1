using System.Runtime.InteropServices;

namespace Llama2Validation.Harness.Hardware.Probes;

/// <summary>
/// The few NVML entry points the probe needs. libnvidia-ml.so.1 ships with the NVIDIA driver, not with
/// CUDA, so its absence means no driver (the runtime throws <see cref="DllNotFoundException"/> on first call).
/// </summary>
internal static unsafe partial class NvmlNative
{
    public const string Library = "libnvidia-ml.so.1";

    /// <summary>NVML_DEVICE_NAME_V2_BUFFER_SIZE.</summary>
    public const int NameBufferSize = 96;

    /// <summary>NVML_SYSTEM_DRIVER_VERSION_BUFFER_SIZE.</summary>
    public const int DriverVersionBufferSize = 80;

    public const int Success = 0;

    [LibraryImport(Library)]
    public static partial int nvmlInit_v2();

    [LibraryImport(Library)]
    public static partial int nvmlShutdown();

    [LibraryImport(Library)]
    public static partial int nvmlDeviceGetCount_v2(uint* count);

    [LibraryImport(Library)]
    public static partial int nvmlDeviceGetHandleByIndex_v2(uint index, nint* device);

    [LibraryImport(Library)]
    public static partial int nvmlDeviceGetName(nint device, byte* name, uint length);

    [LibraryImport(Library)]
    public static partial int nvmlDeviceGetMemoryInfo(nint device, NvmlMemory* memory);

    [LibraryImport(Library)]
    public static partial int nvmlDeviceGetCudaComputeCapability(nint device, int* major, int* minor);

    [LibraryImport(Library)]
    public static partial int nvmlSystemGetDriverVersion(byte* version, uint length);

    [LibraryImport(Library)]
    public static partial int nvmlSystemGetCudaDriverVersion(int* version);

    [LibraryImport(Library)]
    public static partial byte* nvmlErrorString(int result);

    /// <summary>nvmlMemory_t: bytes.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct NvmlMemory
    {
        public ulong Total;
        public ulong Free;
        public ulong Used;
    }
}
