using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Models;

public sealed class GeneratedModelsTests
{
    [Fact]
    public async Task ConcurrentRequests_MakeTheModelOnce_AndAllGetIt()
    {
        using var folder = new TemporaryFolder();
        var spec = new SyntheticModelSpec(ModelShapes.Tiny, WeightType.Q4_0, Seed: 99);
        var token = TestContext.Current.CancellationToken;

        var models = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => GeneratedModels.GetOrCreate(spec, folder.Path, token), token)));

        models.Should().AllBeEquivalentTo(models[0]);
        Path.GetFileName(models[0].Path).Should().MatchRegex("^l2v-tiny-q4_0-seed99-[0-9a-f]{12}\\.gguf$");
        Directory.GetFiles(folder.Path, "*.gguf").Should().ContainSingle();
        Directory.GetFiles(folder.Path, "*.tmp").Should().BeEmpty();
    }
}
