using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>The generated tiny model, written by the GGUF writer, read back by llama.cpp through LLamaSharp.</summary>
[Collection(TinyModelGroup.Name)]
public sealed class GgufWriterRoundTripTests(TinyModelFixture tiny)
{
    [Fact]
    public void Metadata_ReadsBackAsWritten()
    {
        var metadata = tiny.Weights.Metadata;

        metadata[GgufKeys.Architecture].Should().Be("llama");
        metadata[GgufKeys.Name].Should().Be("l2v-tiny-f16");
        metadata[GgufKeys.FileType].Should().Be("1");
        metadata[GgufKeys.Synthetic].Should().Be("true");
        metadata[GgufKeys.Profile].Should().Be("tiny");
        metadata[GgufKeys.GeneratorSeed].Should().Be("1");
        metadata[GgufKeys.TokenizerModel].Should().Be("llama");
    }

    [Fact]
    public void Hyperparameters_MatchThePreset()
    {
        var shape = ModelShapes.Tiny;
        var handle = tiny.Weights.NativeHandle;

        tiny.Weights.ContextSize.Should().Be(1024);
        tiny.Weights.Vocab.Count.Should().Be(shape.VocabularySize);
        tiny.Weights.EmbeddingSize.Should().Be(shape.EmbeddingLength);
        handle.LayerCount.Should().Be(shape.LayerCount);
        handle.HeadCount.Should().Be(shape.HeadCount);
        handle.KVHeadCount.Should().Be(shape.HeadCountKv);
    }

    [Fact]
    public void TensorTable_IsWhatLlamaCppCounted()
    {
        // llama.cpp refuses a file whose tensor count or shapes differ from what the llama loader expects;
        // here the parameter count and total tensor bytes it reports must equal the table's.
        var table = LlamaTensorTable.For(ModelShapes.Tiny);
        var expectedBytes = table.Sum(slot => slot.IsNorm ? slot.ElementCount * 4 : slot.ElementCount * 2);

        table.Should().HaveCount(2 + (9 * ModelShapes.Tiny.LayerCount) + 1);
        tiny.Weights.ParameterCount.Should().Be((ulong)table.Sum(slot => slot.ElementCount));
        tiny.Weights.SizeInBytes.Should().Be((ulong)expectedBytes);
    }

    [Fact]
    public void GreedyGeneration_ProducesTokensFromTheVocabulary_AndRepeatsExactly()
    {
        var first = ModelLoading.Greedy(tiny.Weights, "The government said on Tuesday", 8);
        var second = ModelLoading.Greedy(tiny.Weights, "The government said on Tuesday", 8);

        first.Should().HaveCount(8).And.OnlyContain(token => token >= 0 && token < ModelShapes.Tiny.VocabularySize);
        second.Should().Equal(first);
    }
}
