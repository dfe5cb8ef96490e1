namespace Llama2Validation.Harness.Hardware;

/// <summary>
/// Names a GPU's hardware class from its marketing name, and the A100's size from its memory.
/// Names are matched word by word ("NVIDIA A100-SXM4-40GB" has the word A100), so an L40S is never an L4.
/// </summary>
public static class HardwareClassifier
{
    /// <summary>Between the A100's two sizes (40960 and 81920 MiB), with room for what drivers reserve.</summary>
    private const long A100LargeFromMiB = 61_440;

    private static readonly char[] WordSeparators = [' ', '-', '_'];

    private static readonly Dictionary<string, HardwareClass> ClassByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["T4"] = HardwareClass.T4,
        ["L4"] = HardwareClass.L4,
        ["A100"] = HardwareClass.A100,
        ["H100"] = HardwareClass.H100,
        ["H200"] = HardwareClass.H200,
    };

    /// <summary>CPU when no GPU is seen; otherwise the class of the first GPU (the suite runs on one).</summary>
    public static HardwareClass Classify(GpuReading gpu) =>
        gpu.Devices.Count == 0 ? HardwareClass.CPU : ClassifyName(gpu.Devices[0].Name);

    public static HardwareClass ClassifyName(string gpuName)
    {
        foreach (var word in gpuName.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (ClassByWord.TryGetValue(word, out var hardwareClass))
            {
                return hardwareClass;
            }
        }

        return HardwareClass.Unknown;
    }

    /// <summary>
    /// The <c>GpuMemory</c> trait value ("40GB" or "80GB") where a class comes in sizes that change what
    /// fits (only the A100 among the classes); null elsewhere.
    /// </summary>
    public static string? GpuMemoryTrait(HardwareClass hardwareClass, GpuDevice? device) =>
        hardwareClass == HardwareClass.A100 && device is not null
            ? device.MemoryTotalMiB >= A100LargeFromMiB ? GpuMemorySizes.A100Large : GpuMemorySizes.A100Small
            : null;
}
