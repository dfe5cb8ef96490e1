using Llama2Validation.Engine.Generation;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>
/// A GPU session picks greedy tokens inside llama.cpp's decode. No GPU runs here, but llama.cpp's CPU build
/// runs the same backend sampling, so the two ways of picking are compared on the tiny model: same tokens,
/// every sequence, while slots refill and prompts complete beside decoding sequences.
/// </summary>
[Collection(TinyModelGroup.Name)]
public sealed class BackendGreedyTests(TinyModelFixture tiny)
{
    private static readonly StrategySpec Spec = StrategyCatalog.Batched with
    {
        Weights = WeightType.F16,
        ParallelSequences = 3,
        ForceNewTokens = 24,
        Threads = 1,
    };

    [Fact]
    public void PicksInsideTheDecode_EqualThePicksOnTheHost()
    {
        // Seven documents in three slots: refills, and prompts of different lengths completing in mixed calls.
        var examples = GrowingDocuments.Make(7);

        var onHost = Generate(examples, onBackend: false);
        var inDecode = Generate(examples, onBackend: true);

        onHost.Totals.GreedyPicks.Should().Be(GreedyPickSite.Host);
        inDecode.Totals.GreedyPicks.Should().Be(GreedyPickSite.Backend);
        inDecode.Tokens.Should().HaveCount(examples.Length).And.Equal(onHost.Tokens);
    }

    private (GenerationTotals Totals, Dictionary<string, string> Tokens) Generate(IReadOnlyList<Example> examples, bool onBackend)
    {
        using var session = LlamaSession.Open(new RunRequest { Spec = Spec, ModelPath = tiny.Model.Path, Examples = examples, GpuLayers = 0 });
        session.Greedy.Should().BeNull("a CPU session picks on the host");
        using var greedy = onBackend ? BackendGreedy.TryAttach(session.Context.NativeHandle, Spec.ParallelSequences) : null;
        if (onBackend)
        {
            greedy.Should().NotBeNull("llama.cpp's CPU build runs backend sampling too");
        }

        var tokens = new Dictionary<string, string>();
        var totals = new GenerationLoop(session.Weights, session.Context.NativeHandle, Spec, session.SlotCells) { Greedy = greedy }
            .Run(examples, document => tokens.Add(document.Id, string.Join(',', document.OutputTokenIds)), TestContext.Current.CancellationToken);
        return (totals, tokens);
    }
}
