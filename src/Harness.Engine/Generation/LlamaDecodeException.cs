using LLama.Native;

namespace Llama2Validation.Engine.Generation;

/// <summary>llama_decode refused a batch; carries the numbers needed to say why.</summary>
public sealed class LlamaDecodeException(DecodeResult result, int batchTokens, int liveSequences)
    : Exception($"llama_decode returned {result} ({(int)result}) for a batch of {batchTokens} tokens over {liveSequences} live sequences")
{
    public DecodeResult Result { get; } = result;

    public bool IsOutOfMemory => Result is DecodeResult.NoKvSlot or DecodeResult.AllocationFailed;
}
