namespace Llama2Validation.Harness.Native;

/// <summary>Where a run's custom libllama comes from when no option names one; the engine loads it, the rest only passes it on.</summary>
public static class NativeLibrarySetting
{
    /// <summary>Environment variable naming a libllama to load instead of the bundled one.</summary>
    public const string Variable = "LLAMA2VALIDATION_NATIVE_LIB";
}
