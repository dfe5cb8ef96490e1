using Llama2Validation.Engine.Generation;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>
/// Documents too long for the main slots go to an overflow context decoded beside the main one, on its own
/// thread. Each context must decode exactly what it would decode alone: the main one the short documents, the
/// overflow one the long documents, every one of them completed, none lost, none sent to the wrong context.
/// </summary>
[Collection(TinyModelGroup.Name)]
public sealed class OverflowRoutingTests(TinyModelFixture tiny)
{
    private static readonly StrategySpec Main = StrategyCatalog.Batched with
    {
        Weights = WeightType.F16,
        ParallelSequences = 3,
        ContextPerSequence = 256,
        ForceNewTokens = 16,
        Threads = 1,
    };

    private static readonly StrategySpec Overflow = Main with { ParallelSequences = 2, ContextPerSequence = 512 };

    [Fact]
    public void Each_document_gets_the_tokens_its_own_context_gives_it_alone()
    {
        // Prompts from about 40 to 330 tokens: some fit a 256-cell slot with 16 new tokens, some need the overflow's 512.
        var examples = GrowingDocuments.Make(8);

        var mainAlone = Generate(Main, examples);
        string[] longIds = [.. mainAlone.Documents.Values.Where(d => d.Outcome == DocumentOutcome.DoesNotFit).Select(d => d.Id)];
        longIds.Should().NotBeEmpty().And.HaveCountLessThan(examples.Length, "both contexts must get documents");
        var overflowAlone = Generate(Overflow, [.. examples.Where(e => longIds.Contains(e.Id))]);

        var split = Generate(Main with { OverflowSequences = Overflow.ParallelSequences, OverflowContextPerSequence = Overflow.ContextPerSequence }, examples);

        split.Documents.Values.Should().HaveCount(examples.Length).And.OnlyContain(d => d.Outcome == DocumentOutcome.Ok);
        var expected = mainAlone.Documents.Values.Where(d => d.Outcome == DocumentOutcome.Ok).Concat(overflowAlone.Documents.Values)
            .ToDictionary(d => d.Id, Tokens);
        split.Documents.Values.ToDictionary(d => d.Id, Tokens).Should().Equal(expected);
        split.Totals.PrefillTokens.Should().Be(mainAlone.Totals.PrefillTokens);
        split.Totals.Overflow.Should().NotBeNull();
        split.Totals.Overflow!.PrefillTokens.Should().Be(overflowAlone.Totals.PrefillTokens);
        split.Totals.GenerationSeconds.Should().BeGreaterThanOrEqualTo(split.Totals.Overflow.GenerationSeconds, "the run's time covers both contexts");
    }

    [Fact]
    public void A_failing_overflow_loop_stops_the_main_loop_and_is_the_failure_reported()
    {
        // One main slot working through twelve short documents one after another, and one long document in the
        // overflow context: the long one completes while most short ones still wait.
        var growing = GrowingDocuments.Make(8);
        Example[] shortOnes = [.. Enumerable.Range(0, 12).Select(i => growing[i % 3] with { Id = $"short-{i}" })];
        var examples = shortOnes.Append(growing[^1]).ToArray();
        var spec = Main with { ParallelSequences = 1, OverflowSequences = 1, OverflowContextPerSequence = Overflow.ContextPerSequence };
        using var session = LlamaSession.Open(new RunRequest { Spec = spec, ModelPath = tiny.Model.Path, Examples = examples, GpuLayers = 0 });
        var mainReported = 0;

        // A failure inside the overflow loop's thread, on cue: the report of its document throws there.
        void Report(DocumentResult document)
        {
            if (!document.Id.StartsWith("short-", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the overflow loop failed on cue");
            }

            mainReported++;
        }

        var run = () => OverflowRouting.Run(session, spec, examples, Report, TestContext.Current.CancellationToken);

        run.Should().Throw<InvalidOperationException>().WithMessage("*failed on cue", "the overflow loop's own failure is reported, not the main loop's cancellation");
        mainReported.Should().BeLessThan(shortOnes.Length, "the main loop stops when the overflow loop fails, rather than finishing first");
    }

    private static string Tokens(DocumentResult document) => string.Join(',', document.OutputTokenIds);

    private (GenerationTotals Totals, Dictionary<string, DocumentResult> Documents) Generate(StrategySpec spec, IReadOnlyList<Example> examples)
    {
        using var session = LlamaSession.Open(new RunRequest { Spec = spec, ModelPath = tiny.Model.Path, Examples = examples, GpuLayers = 0 });
        var documents = new Dictionary<string, DocumentResult>();
        var cancellation = TestContext.Current.CancellationToken;
        var totals = session.Overflow is null
            ? new GenerationLoop(session.Weights, session.Context.NativeHandle, spec, session.SlotCells).Run(examples, d => documents.Add(d.Id, d), cancellation)
            : OverflowRouting.Run(session, spec, examples, d => documents.Add(d.Id, d), cancellation);
        return (totals, documents);
    }
}
