using System.Text.Json;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>make-summariser's planner: a trainer's export in the llama table becomes a valid GGUF; a drifted one is refused.</summary>
public sealed class TrainedModelPlannerTests
{
    [Fact]
    public void AnExportInTheLlamaTable_IsWrittenAsAValidRealWeightModel_WithItsBytes()
    {
        using var folder = new TemporaryFolder();
        var manifest = WriteExport(folder.Path, table => table);

        var written = GgufWriter.Write(TrainedModelPlanner.Plan(manifest, "unit"), Path.Combine(folder.Path, "m.gguf"), TestContext.Current.CancellationToken);
        var file = GgufReader.ReadAndValidate(written.Path);

        file.Metadata.TryGetString(GgufKeys.Profile, out var profile).Should().BeTrue();
        profile.Should().Be("unit");
        file.Metadata.GetUInt64(GgufKeys.TrainingSteps).Should().Be(12);
        var embedding = file.Tensors.First(tensor => tensor.Name == LlamaTensorName.TokenEmbedding);
        using var stream = File.OpenRead(written.Path);
        stream.Position = embedding.AbsoluteOffset;
        var first = new byte[4];
        stream.ReadExactly(first);
        first.Should().Equal(new byte[] { 0, 0, 1, 0 }, "the first tensor's bytes are the export's bytes, unchanged");
    }

    [Fact]
    public void AnExportOutOfTheLlamaOrder_IsRefused()
    {
        using var folder = new TemporaryFolder();
        var manifest = WriteExport(folder.Path, table => [table[0], table[2], table[1], .. table.Skip(3)]);

        var plan = () => TrainedModelPlanner.Plan(manifest, "unit");

        plan.Should().Throw<InvalidDataException>().WithMessage("*blk.0.attn_q.weight*expected 'blk.0.attn_norm.weight'*");
    }

    /// <summary>A tiny-shaped export with a 512-token vocabulary: every tensor's bytes are its index repeated.</summary>
    private static string WriteExport(string folder, Func<List<object>, List<object>> reorder)
    {
        var shape = ModelShapes.Tiny with { VocabularySize = 512 };
        var table = new List<object>();
        using (var binary = File.Create(Path.Combine(folder, TrainedWeights.BinaryFileName)))
        {
            var index = 0;
            foreach (var slot in LlamaTensorTable.For(shape))
            {
                var bytes = slot.ElementCount * (slot.IsNorm ? 4 : 2);
                var content = Enumerable.Range(0, (int)bytes).Select(i => (byte)(i % 4 == 2 ? index + 1 : 0)).ToArray();
                table.Add(new { name = slot.Name, dims = slot.Dimensions, type = slot.IsNorm ? "f32" : "f16", offset = binary.Position, bytes });
                binary.Write(content);
                index++;
            }
        }

        var manifest = new
        {
            shape = new { layers = shape.LayerCount, embedding = shape.EmbeddingLength, heads = shape.HeadCount, headsKv = shape.HeadCountKv, feedForward = shape.FeedForwardLength, context = shape.ContextLength, vocabulary = shape.VocabularySize, rmsEpsilon = shape.RmsEpsilon, ropeFreqBase = shape.RopeFreqBase },
            tensors = reorder(table),
            training = new { steps = 12, args = new { seed = 3 } },
        };
        var path = Path.Combine(folder, "weights.json");
        File.WriteAllText(path, JsonSerializer.Serialize(manifest));
        return path;
    }
}
