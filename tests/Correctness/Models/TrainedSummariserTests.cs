using System.Security.Cryptography;
using System.Text;
using LLama;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Models.Vocabulary;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Harness.Training.Corpus;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>The committed summariser (models/): the recorded file, a valid real-weight llama model, and the default.</summary>
public sealed class TrainedSummariserTests
{
    /// <summary>docs/trained-model.md records the same hash; a new model changes both (and the baselines).</summary>
    private const string Sha256 = "56b0f41f6fed333f49058995643eccbb5d03be369825a774325c768f1b286fc1";

    private static readonly string ModelPath = TrainedModels.SummariserPath(RepositoryLayout.Current);

    private static readonly string TrainingRecord = Path.Combine(RepositoryLayout.Current.ModelsFolder, "l2v-summariser.training.json");

    [Fact]
    public void TheCommittedFile_IsTheRecordedOne_AndFitsTheSizeLimit()
    {
        using var stream = File.OpenRead(ModelPath);

        Convert.ToHexStringLower(SHA256.HashData(stream)).Should().Be(Sha256);
        stream.Length.Should().BeLessThanOrEqualTo(20L << 20);
    }

    [Fact]
    public void Validates_AsARealWeightLlamaModel_InTheTinyShape()
    {
        var file = GgufReader.ReadAndValidate(ModelPath);

        file.Metadata.Architecture.Should().Be("llama");
        file.Metadata.TryGetString(GgufKeys.Profile, out var profile).Should().BeTrue();
        profile.Should().Be(TrainedModels.SummariserProfile);
        file.Metadata.TryGetBool(GgufKeys.Synthetic, out var synthetic).Should().BeTrue();
        synthetic.Should().BeFalse("trained weights carry quality, so ROUGE is computed");
        file.Metadata.GetUInt32(GgufKeys.CorpusVersion).Should().Be((uint)HowToCorpus.Version);
        file.Tensors.Select(tensor => (tensor.Name, Dimensions: string.Join('x', tensor.Shape)))
            .Should().Equal(LlamaTensorTable.For(ModelShapes.Tiny).Select(slot => (slot.Name, Dimensions: string.Join('x', slot.Dimensions))));
        file.Metadata.TryGetArray(GgufKeys.Tokens, out var tokens).Should().BeTrue();
        tokens.Count.Should().Be(SentencePieceVocabularyBuilder.Build(ModelShapes.Tiny.VocabularySize).Count);
    }

    [Theory]
    [InlineData(WeightType.F16)]
    [InlineData(WeightType.Q4_0)]
    public void TheEmbeddedDefault_IsTheSummariser_ForEveryWeightType(WeightType weights)
    {
        var choice = new ModelSources().Resolver()(weights);

        choice.Identity.Should().Be("l2v-summariser");
        choice.Synthetic.Should().BeFalse();
        if (weights == WeightType.F16)
        {
            choice.Path.Should().Be(Path.GetFullPath(ModelPath));
        }
    }

    [Fact]
    public void APreset_StillGivesTheGeneratedRandomModel()
    {
        var choice = new ModelSources { Preset = "tiny" }.Resolver()(WeightType.F16);

        choice.Identity.Should().Be("l2v-tiny");
        choice.Synthetic.Should().BeTrue();
    }

    /// <summary>
    /// The export is llama.cpp-exact (RoPE layout, norms, SwiGLU, tensor order): llama.cpp's greedy ids
    /// on held-out article 0 equal the trainer's float32 PyTorch greedy ids, recorded at training time.
    /// </summary>
    [Fact]
    public void LlamaCppGreedy_EqualsTheTrainersGreedy_OnAHeldOutArticle()
    {
        var reference = TrainedWeights.Load(TrainingRecord).Training.GetProperty("reference");
        var expected = reference.GetProperty("greedyIds")[0].EnumerateArray().Select(id => id.GetInt32()).ToList();
        var example = ExampleBuilder.Build(HowToCorpus.Generate(CorpusSplit.HeldOut, 1)).Examples[0];
        LlamaNative.EnsureLoaded();
        using var weights = LLamaWeights.LoadFromFile(ModelLoading.Parameters(ModelPath));

        weights.Tokenize(example.Prompt, add_bos: true, special: false, Encoding.UTF8).Length.Should().Be(reference.GetProperty("promptTokens").GetInt32());
        var greedy = ModelLoading.Greedy(weights, example.Prompt, expected.Count + 1);
        greedy.Take(expected.Count).Should().Equal(expected);
        greedy[^1].Should().Be(SentencePieceVocabulary.EosId, "the summary ends where the trainer's did");
    }

    /// <summary>Training ids came through the tiny model's vocabulary; the summariser must tokenise identically.</summary>
    [Fact]
    public void TheSummarisersTokenizer_EqualsTheOneTheCorpusWasTokenisedWith()
    {
        LlamaNative.EnsureLoaded();
        using var trained = LoadVocabulary(ModelPath);
        using var tiny = LoadVocabulary(GeneratedModels.GetOrCreate("tiny", WeightType.F16, cancellationToken: TestContext.Current.CancellationToken).Path);

        foreach (var example in ExampleBuilder.Build(HowToCorpus.Generate(CorpusSplit.HeldOut, 20)).Examples)
        {
            foreach (var text in (string[])[example.Prompt, example.Reference])
            {
                trained.Tokenize(text, add_bos: true, special: false, Encoding.UTF8)
                    .Should().Equal(tiny.Tokenize(text, add_bos: true, special: false, Encoding.UTF8));
            }
        }
    }

    private static LLamaWeights LoadVocabulary(string path)
    {
        var parameters = ModelLoading.Parameters(path);
        parameters.VocabOnly = true;
        return LLamaWeights.LoadFromFile(parameters);
    }
}
