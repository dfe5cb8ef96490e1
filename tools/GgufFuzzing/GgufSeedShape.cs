namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>Dimensions of a small llama-shaped seed file: every structure of Llama-2-7B at a size that fuzzes fast.</summary>
internal sealed record GgufSeedShape(
    int VocabularySize = 300,
    uint EmbeddingLength = 32,
    uint FeedForwardLength = 64,
    uint BlockCount = 2,
    uint HeadCount = 4,
    uint HeadCountKv = 2,
    GgmlType Weights = GgmlType.Q8_0,
    uint Version = 3,
    uint Alignment = GgufFile.DefaultAlignment);
