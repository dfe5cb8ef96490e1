using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Running;

/// <summary>Real runs of every strategy on the trained summariser (tiny shape) over the sample corpus (shared through the run cache).</summary>
public sealed class StrategyRunTests
{
    private static readonly HardwareTarget Cpu = new(HardwareClass.CPU);

    /// <summary>The sample corpus's one article too long for the tiny model's 1024 cells with 300 new tokens.</summary>
    private const string LongArticle = "https://howto.example/Plan-a-Bike-Commute";

    public static TheoryData<string> Strategies => new(StrategyCatalog.Names);

    [Theory]
    [MemberData(nameof(Strategies))]
    public async Task EveryStrategy_ProducesOutputsAndSaneMeasurements(string strategy)
    {
        var run = await SuiteRuns.RunAsync(Cpu, StrategyCatalog.Find(strategy)!, TestContext.Current.CancellationToken);

        run.Outcome.Should().Be(RunOutcome.Completed, run.FailureDetail);
        run.DocumentCount.Should().Be(run.Documents.Count).And.BeGreaterThanOrEqualTo(12);
        var ok = run.Documents.Where(d => d.Outcome == DocumentOutcome.Ok).ToList();
        ok.Should().HaveCount(run.DocumentCount - 1).And.OnlyContain(d =>
            d.OutputTokens >= 0 && d.OutputTokens <= 300 && d.OutputTokenIds.Count == d.OutputTokens
            && d.TimeToFirstTokenSeconds > 0 && d.PromptTokens > 20 && d.PromptTokens + d.OutputTokens <= 1024);
        // A real model may end at once (EOS first) on a text unlike its training data; most must not.
        ok.Count(d => d.OutputTokens > 0).Should().BeGreaterThanOrEqualTo(ok.Count * 9 / 10);
        run.CompletedCount.Should().Be(ok.Count);
        run.DocsPerSecond.Should().BeApproximately(ok.Count / run.GenerationSeconds, 1e-9);
        run.PrefillTokensPerSecond.Should().BePositive();
        run.DecodeTokensPerSecond.Should().BePositive();
        run.TimeToFirstTokenP90Seconds.Should().BeGreaterThanOrEqualTo(run.TimeToFirstTokenP50Seconds);
        run.WallSeconds.Should().BeGreaterThan(run.LoadSeconds);
        run.PeakRssBytes.Should().BeGreaterThan(10L << 20);
        run.Metadata.ModelSynthetic.Should().BeFalse();
        run.Metadata.ModelProfile.Should().Be("l2v-summariser");
        run.Metadata.NativeLibrarySha256.Should().MatchRegex("^[0-9a-f]{64}$");
        run.Metadata.NativeLibraries.Should().Contain(l => Path.GetFileName(l.Path).StartsWith("libllama", StringComparison.Ordinal) && l.Sha256 == run.Metadata.NativeLibrarySha256)
            .And.Contain(l => Path.GetFileName(l.Path).StartsWith("libggml-cpu", StringComparison.Ordinal) && l.Sha256.Length == 64, "the ggml libraries decide the kernels");
        run.Metadata.NativeBuildIdentity.Should().Be(Llama2Validation.Harness.Native.NativeLibraryInfo.BuildIdentityOf(run.Metadata.NativeLibraries!));
        run.Metadata.NativeBuildVariant.Should().BeFalse("the packaged build ran");
        run.Context.Should().NotBeNull("the worker reads the context back");
        run.Context!.Sequences.Should().Be(run.Spec.ParallelSequences);
        run.Context.FlashAttention.Should().Be(run.Spec.FlashAttention);
        run.Context.KeyType.Should().Be(run.Spec.KvCache.ToString().ToLowerInvariant());
        run.SettingsDifferences.Should().BeEmpty();
        run.Metadata.DatasetHash.Should().NotBeNullOrEmpty();
        run.Metadata.HarnessCommit.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public async Task TheLongArticle_DoesNotFit_AndIsNeverTruncated(string strategy)
    {
        var run = await SuiteRuns.RunAsync(Cpu, StrategyCatalog.Find(strategy)!, TestContext.Current.CancellationToken);

        var document = run.Documents.Should().ContainSingle(d => d.Outcome == DocumentOutcome.DoesNotFit).Subject;
        document.Id.Should().Be(LongArticle);
        document.OutputTokens.Should().Be(0);
        document.PromptTokens.Should().BeGreaterThan(1024 - 300);
        document.Detail.Should().Contain($"prompt {document.PromptTokens} tokens").And.Contain("+ 300 new tokens > 1024");
    }

    [Fact]
    public async Task Batched_AgreesWithFourBitOneAtATime_OnTheFirstTokens()
    {
        // Same Q4_0 weights; batched decodes 4 sequences per step with flash attention, 4-bit one at a time
        // without. Both change the float arithmetic, so full outputs may drift apart after a while;
        // what holds is agreement at the start (measured: see the closing note) and identical prompts.
        var token = TestContext.Current.CancellationToken;
        var batched = await SuiteRuns.RunAsync(Cpu, StrategyCatalog.Batched, token);
        var sequential = await SuiteRuns.RunAsync(Cpu, StrategyCatalog.FourBit, token);

        var pairs = batched.Documents.Where(d => d.Outcome == DocumentOutcome.Ok)
            .Join(sequential.Documents.Where(d => d.Outcome == DocumentOutcome.Ok), d => d.Id, d => d.Id, (b, s) => (Batched: b, Sequential: s))
            .ToList();
        pairs.Should().HaveCount(batched.CompletedCount);
        pairs.Should().OnlyContain(p => p.Batched.PromptTokens == p.Sequential.PromptTokens);
        // An empty output (EOS first) counts as the first token being EOS on that side.
        var sameFirstToken = pairs.Count(p => p.Batched.OutputTokenIds.FirstOrDefault(-1) == p.Sequential.OutputTokenIds.FirstOrDefault(-1));
        var identical = pairs.Count(p => p.Batched.OutputTokenIds.SequenceEqual(p.Sequential.OutputTokenIds));
        TestContext.Current.TestOutputHelper?.WriteLine($"first token equal: {sameFirstToken}/{pairs.Count}; whole output equal: {identical}/{pairs.Count}");

        sameFirstToken.Should().BeGreaterThanOrEqualTo(pairs.Count * 9 / 10);
    }
}
