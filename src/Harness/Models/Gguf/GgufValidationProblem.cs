namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>One thing wrong with a GGUF file, as data: which file, what kind, and a sentence a person can act on.</summary>
/// <param name="Source">The file's path or label.</param>
/// <param name="Kind">What kind of problem, for code that reacts to it.</param>
/// <param name="Detail">One sentence for a person.</param>
/// <param name="Offset">Byte position the problem was found at, when there is one.</param>
public sealed record GgufValidationProblem(string Source, GgufValidationProblemKind Kind, string Detail, long? Offset = null)
{
    public override string ToString() => Offset is { } at
        ? $"{Source}: {Kind} at byte {at}: {Detail}"
        : $"{Source}: {Kind}: {Detail}";
}
