using Llama2Validation.Harness.Models.Shapes;

namespace Llama2Validation.Harness.Models.Generation;

/// <summary>The hyper-parameters a trainer recorded in weights.json (scripts/train/train.py).</summary>
public sealed record TrainedShape(
    int Layers,
    int Embedding,
    int Heads,
    int HeadsKv,
    int FeedForward,
    int Context,
    int Vocabulary,
    float RmsEpsilon,
    float RopeFreqBase)
{
    public ModelShape ToModelShape(string name) =>
        new(name, Layers, Embedding, FeedForward, Heads, HeadsKv, Vocabulary, Context, RmsEpsilon, RopeFreqBase);
}
