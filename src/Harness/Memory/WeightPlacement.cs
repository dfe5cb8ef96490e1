using Llama2Validation.Harness.Models.Shapes;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// Which weights llama.cpp puts on the GPU when every layer is offloaded (llama-model.cpp, load_tensors):
/// the input layer (token_embd) always stays in host memory ("little benefit to offloading" it), every
/// repeating layer and the output layer (output_norm, output) go to the GPU. A model without its own
/// output matrix shares the embedding, which is then duplicated onto the GPU.
/// </summary>
public static class WeightPlacement
{
    public static long DeviceBytes(ModelFootprint model, MemoryTarget target)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (target == MemoryTarget.Cpu)
        {
            return 0;
        }

        var embedding = model.TensorBytes(LlamaTensorName.TokenEmbedding);
        var tiedOutput = model.Tensors.All(t => t.Name != LlamaTensorName.Output);
        return model.WeightBytes - embedding + (tiedOutput ? embedding : 0);
    }

    public static long HostBytes(ModelFootprint model, MemoryTarget target)
    {
        ArgumentNullException.ThrowIfNull(model);
        return target == MemoryTarget.Cpu ? model.WeightBytes : model.TensorBytes(LlamaTensorName.TokenEmbedding);
    }
}
