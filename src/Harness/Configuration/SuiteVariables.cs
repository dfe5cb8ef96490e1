using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Configuration;

/// <summary>
/// The environment variables the suite reads. Test runs set them through a runsettings file's
/// <c>RunConfiguration/EnvironmentVariables</c> (see runsettings/gpu.runsettings); the CLI reads the same.
/// </summary>
public static class SuiteVariables
{
    public const string ModelF16 = "LLAMA2VALIDATION_MODEL_F16";

    public const string ModelQ8 = "LLAMA2VALIDATION_MODEL_Q8";

    public const string ModelQ4 = "LLAMA2VALIDATION_MODEL_Q4";

    public const string Dataset = "LLAMA2VALIDATION_DATASET";

    public const string Sample = "LLAMA2VALIDATION_SAMPLE";


    public const string NativeLibrary = "LLAMA2VALIDATION_NATIVE_LIB";

    public const string HardwareClass = "LLAMA2VALIDATION_HARDWARE_CLASS";

    /// <summary>
    /// The class this runner gates ("CPU", "H200", "A100-80GB"): its cases must all run, and anything that
    /// would skip one (other hardware, no model, no baseline, not comparable) fails it instead.
    /// </summary>
    public const string Gate = "LLAMA2VALIDATION_GATE";

    public static IReadOnlyList<string> All { get; } =
        [ModelF16, ModelQ8, ModelQ4, Dataset, Sample, NativeLibrary, HardwareClass, Gate];

    /// <summary>The variable naming the GGUF file for a weight type.</summary>
    public static string ModelFor(WeightType weights) => weights switch
    {
        WeightType.F16 => ModelF16,
        WeightType.Q8_0 => ModelQ8,
        WeightType.Q4_0 => ModelQ4,
        _ => throw new ArgumentOutOfRangeException(nameof(weights), weights, null),
    };
}
