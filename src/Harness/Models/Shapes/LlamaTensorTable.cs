namespace Llama2Validation.Harness.Models.Shapes;

/// <summary>The tensors of a Llama model of a given shape, in the order they are written.</summary>
public static class LlamaTensorTable
{
    public static IReadOnlyList<LlamaTensorSlot> For(ModelShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        long embd = shape.EmbeddingLength, ff = shape.FeedForwardLength, kv = shape.KeyValueLength, vocab = shape.VocabularySize;
        var slots = new List<LlamaTensorSlot> { Matrix(LlamaTensorName.TokenEmbedding, embd, vocab) };
        for (var layer = 0; layer < shape.LayerCount; layer++)
        {
            slots.Add(Norm(LlamaTensorName.AttentionNorm(layer), embd));
            slots.Add(Matrix(LlamaTensorName.AttentionQuery(layer), embd, embd));
            slots.Add(Matrix(LlamaTensorName.AttentionKey(layer), embd, kv));
            slots.Add(Matrix(LlamaTensorName.AttentionValue(layer), embd, kv));
            slots.Add(Matrix(LlamaTensorName.AttentionOutput(layer), embd, embd));
            slots.Add(Norm(LlamaTensorName.FeedForwardNorm(layer), embd));
            slots.Add(Matrix(LlamaTensorName.FeedForwardGate(layer), embd, ff));
            slots.Add(Matrix(LlamaTensorName.FeedForwardUp(layer), embd, ff));
            slots.Add(Matrix(LlamaTensorName.FeedForwardDown(layer), ff, embd));
        }

        slots.Add(Norm(LlamaTensorName.OutputNorm, embd));
        slots.Add(Matrix(LlamaTensorName.Output, embd, vocab));
        return slots;
    }

    private static LlamaTensorSlot Matrix(string name, long rowLength, long rows) => new(name, [rowLength, rows], IsNorm: false);

    private static LlamaTensorSlot Norm(string name, long length) => new(name, [length], IsNorm: true);
}
