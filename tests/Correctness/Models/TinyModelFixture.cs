using LLama;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Native;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>The generated tiny F16 model, made (or found in .cache/models) and loaded once for the collection.</summary>
public sealed class TinyModelFixture : IDisposable
{
    public TinyModelFixture()
    {
        Native = LlamaNative.EnsureLoaded();
        Model = GeneratedModels.GetOrCreate("tiny", WeightType.F16);
        Weights = LLamaWeights.LoadFromFile(ModelLoading.Parameters(Model.Path));
    }

    public NativeLibraryInfo Native { get; }

    public GeneratedModel Model { get; }

    public LLamaWeights Weights { get; }

    public void Dispose() => Weights.Dispose();
}
