namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>Collects the problems of one file, each stamped with the file's name.</summary>
internal sealed class GgufValidationProblems(string source)
{
    private readonly List<GgufValidationProblem> items = [];

    public IReadOnlyList<GgufValidationProblem> Items => items;

    public void Add(GgufValidationProblemKind kind, string detail, long? offset = null) =>
        items.Add(new GgufValidationProblem(source, kind, detail, offset));
}
