namespace Llama2Validation.Harness.Strategies;

/// <summary>Tensor type of a model's weight matrices (the GGUF file type a strategy runs on).</summary>
public enum WeightType
{
    F16,
    Q8_0,
    Q4_0,
}
