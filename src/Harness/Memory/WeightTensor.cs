namespace Llama2Validation.Harness.Memory;

/// <summary>One tensor of the model's weights and its exact size in bytes as stored (and as llama.cpp allocates it).</summary>
public sealed record WeightTensor(string Name, long Bytes);
