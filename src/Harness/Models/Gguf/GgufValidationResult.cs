namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// The verdict on one file: every problem found, and the header when it could be read to the end
/// (<see cref="File"/> is null when the structure itself is broken, e.g. bad magic or truncation).
/// </summary>
public sealed record GgufValidationResult(string Source, GgufFile? File, IReadOnlyList<GgufValidationProblem> Problems)
{
    public bool IsValid => File is not null && Problems.Count == 0;

    /// <summary>The header of a valid file; otherwise a <see cref="GgufValidationException"/> naming every problem.</summary>
    public GgufFile EnsureValid() => IsValid ? File! : throw new GgufValidationException(Source, Problems);
}
