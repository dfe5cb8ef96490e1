namespace Llama2Validation.Harness.Models.Shapes;

/// <summary>
/// The hyper-parameters of a Llama-architecture model. Every matrix row length (embedding and
/// feed-forward sizes) is a multiple of 32 so Q8_0 and Q4_0 blocks tile it exactly.
/// </summary>
public sealed record ModelShape(
    string Name,
    int LayerCount,
    int EmbeddingLength,
    int FeedForwardLength,
    int HeadCount,
    int HeadCountKv,
    int VocabularySize,
    int ContextLength,
    float RmsEpsilon,
    float RopeFreqBase)
{
    public int HeadDimension => EmbeddingLength / HeadCount;

    /// <summary>Width of the K and V projections (smaller than the embedding with grouped-query attention).</summary>
    public int KeyValueLength => HeadDimension * HeadCountKv;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add("A shape needs a name.");
        }

        Require(LayerCount > 0, "layer count must be positive");
        Require(EmbeddingLength > 0 && EmbeddingLength % 32 == 0, "embedding length must be a positive multiple of 32");
        Require(FeedForwardLength > 0 && FeedForwardLength % 32 == 0, "feed-forward length must be a positive multiple of 32");
        Require(HeadCount > 0 && EmbeddingLength % HeadCount == 0, "head count must divide the embedding length");
        Require(HeadCountKv > 0 && HeadCount % HeadCountKv == 0, "KV head count must divide the head count");
        Require(VocabularySize > 0, "vocabulary size must be positive");
        Require(ContextLength > 0, "context length must be positive");
        Require(RmsEpsilon > 0, "RMS epsilon must be positive");
        Require(RopeFreqBase > 0, "RoPE base must be positive");
        return problems;

        void Require(bool condition, string message)
        {
            if (!condition)
            {
                problems.Add($"Shape '{Name}': {message}.");
            }
        }
    }
}
