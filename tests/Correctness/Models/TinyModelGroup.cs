namespace Llama2Validation.Tests.Correctness.Models;

[CollectionDefinition(Name)]
public sealed class TinyModelGroup : ICollectionFixture<TinyModelFixture>
{
    public const string Name = "Generated tiny model";
}
