namespace Llama2Validation.Harness;

/// <summary>One environment variable the harness reads, with what it sets, as `l2v hw` and the README list it.</summary>
/// <param name="Name">The variable, <c>LLAMA2VALIDATION_…</c>.</param>
/// <param name="Meaning">What it sets, in one line.</param>
public sealed record EnvironmentVariable(string Name, string Meaning);
