namespace Llama2Validation.Harness.Models.Shapes;

/// <summary>The shape presets models are generated from.</summary>
public static class ModelShapes
{
    /// <summary>
    /// A few MB, fast on two CPU cores; 1024 tokens of context so context-fit logic is exercised with
    /// small documents. n_ff is Llama's 8/3 ratio (688) rounded up to a multiple of 32.
    /// </summary>
    public static ModelShape Tiny { get; } = new(
        Name: "tiny",
        LayerCount: 4,
        EmbeddingLength: 256,
        FeedForwardLength: 704,
        HeadCount: 8,
        HeadCountKv: 8,
        VocabularySize: 8000,
        ContextLength: 1024,
        RmsEpsilon: 1e-5f,
        RopeFreqBase: 10000f);

    /// <summary>
    /// Small enough that a token's whole F16 read (about 3 MB) stays in a core's own L2 cache: the CPU gate's
    /// speed ratios run on it, because timings that go to the shared L3 or memory move with whatever the
    /// machine's neighbours do (measured: ±8% per timed group on the tiny shape, quiet machine).
    /// </summary>
    public static ModelShape Micro { get; } = new(
        Name: "micro",
        LayerCount: 2,
        EmbeddingLength: 128,
        FeedForwardLength: 352,
        HeadCount: 4,
        HeadCountKv: 4,
        VocabularySize: 8000,
        ContextLength: 1024,
        RmsEpsilon: 1e-5f,
        RopeFreqBase: 10000f);

    /// <summary>Llama-2-7B's published hyper-parameters: same tensor sizes, so speed and memory carry over.</summary>
    public static ModelShape Llama2_7B { get; } = new(
        Name: "llama2-7b",
        LayerCount: 32,
        EmbeddingLength: 4096,
        FeedForwardLength: 11008,
        HeadCount: 32,
        HeadCountKv: 32,
        VocabularySize: 32000,
        ContextLength: 4096,
        RmsEpsilon: 1e-5f,
        RopeFreqBase: 10000f);

    public static IReadOnlyList<ModelShape> All { get; } = [Tiny, Micro, Llama2_7B];

    public static ModelShape? Find(string name) =>
        All.FirstOrDefault(shape => string.Equals(shape.Name, name, StringComparison.OrdinalIgnoreCase));

    public static ModelShape Get(string name) =>
        Find(name) ?? throw new ArgumentException($"Unknown model preset '{name}'. Known: {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));
}
