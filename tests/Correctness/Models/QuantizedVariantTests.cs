using LLama;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Quantization;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Models;

[Collection(TinyModelGroup.Name)]
public sealed class QuantizedVariantTests(TinyModelFixture tiny)
{
    [Theory]
    [InlineData(WeightType.Q8_0, "7")]
    [InlineData(WeightType.Q4_0, "2")]
    public void DerivedVariant_LoadsAndGenerates_AndIsCachedByContent(WeightType type, string fileType)
    {
        using var folder = new TemporaryFolder();
        var token = TestContext.Current.CancellationToken;

        var variant = QuantizedVariants.GetOrCreate(tiny.Model.Path, type, folder.Path, token);
        var writtenAt = File.GetLastWriteTimeUtc(variant.Path);
        var again = QuantizedVariants.GetOrCreate(tiny.Model.Path, type, folder.Path, token);

        variant.SourceSha256.Should().Be(tiny.Model.Sha256);
        Path.GetFileName(variant.Path).Should().StartWith(tiny.Model.Sha256);
        variant.SizeBytes.Should().BeLessThan(tiny.Model.SizeBytes);
        again.Should().Be(variant);
        File.GetLastWriteTimeUtc(again.Path).Should().Be(writtenAt, "the cached variant is reused, not rewritten");
        LoadAndGenerate(variant.Path, fileType);
    }

    [Theory]
    [InlineData(WeightType.Q8_0, "7")]
    [InlineData(WeightType.Q4_0, "2")]
    public void DirectlyWrittenVariant_LoadsAndGenerates(WeightType type, string fileType)
    {
        var model = GeneratedModels.GetOrCreate("tiny", type, cancellationToken: TestContext.Current.CancellationToken);

        model.SizeBytes.Should().BeLessThan(tiny.Model.SizeBytes);
        LoadAndGenerate(model.Path, fileType);
    }

    private static void LoadAndGenerate(string path, string fileType)
    {
        using var weights = LLamaWeights.LoadFromFile(ModelLoading.Parameters(path));

        weights.Metadata[GgufKeys.FileType].Should().Be(fileType);
        ModelLoading.Greedy(weights, "The company reported", 6).Should().HaveCount(6);
    }
}
