namespace Llama2Validation.Harness.Hardware;

/// <summary>Values of the <c>GpuMemory</c> trait: the sizes a class comes in, where that matters.</summary>
public static class GpuMemorySizes
{
    public const string A100Small = "40GB";

    public const string A100Large = "80GB";

    /// <summary>The sizes each class comes in; a class absent here has one size that matters.</summary>
    public static IReadOnlyDictionary<HardwareClass, IReadOnlyList<string>> ByClass { get; } =
        new Dictionary<HardwareClass, IReadOnlyList<string>> { [HardwareClass.A100] = [A100Small, A100Large] };

    public static IReadOnlyList<string> Of(HardwareClass hardwareClass) =>
        ByClass.TryGetValue(hardwareClass, out var sizes) ? sizes : [];
}
