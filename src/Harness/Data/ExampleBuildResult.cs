namespace Llama2Validation.Harness.Data;

/// <summary>Examples built from articles, in article order, and the articles that could not give one.</summary>
public sealed record ExampleBuildResult(IReadOnlyList<Example> Examples, IReadOnlyList<DatasetProblem> Problems);
