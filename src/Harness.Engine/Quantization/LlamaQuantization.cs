using LLama;
using LLama.Native;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness.Models.Quantization;
using Llama2Validation.Harness.Native;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Engine.Quantization;

/// <summary>
/// llama.cpp's quantizer in this process: the worker's side of <see cref="QuantizedVariants"/>, since
/// quantising loads native code that the parent process never loads.
/// </summary>
public static class LlamaQuantization
{
    /// <summary>Writes <paramref name="destination"/> as <paramref name="target"/>; returns the native library that did it.</summary>
    public static NativeLibraryInfo Quantize(string source, string destination, WeightType target, string? nativeLibraryPath)
    {
        // The quantizer calls straight into llama.cpp without triggering LLamaSharp's library selection.
        var native = LlamaNative.EnsureLoaded(nativeLibraryPath);
        return LLamaQuantizer.Quantize(source, destination, ToFtype(target), System.Environment.ProcessorCount, allowRequantize: false, quantizeOutputTensor: true)
            ? native
            : throw new InvalidOperationException($"llama.cpp could not quantise '{source}' to {target}; is it an F16 GGUF?");
    }

    private static LLamaFtype ToFtype(WeightType target) => target switch
    {
        WeightType.Q8_0 => LLamaFtype.MOSTLY_Q8_0,
        WeightType.Q4_0 => LLamaFtype.MOSTLY_Q4_0,
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "Only quantised types can be derived."),
    };
}
