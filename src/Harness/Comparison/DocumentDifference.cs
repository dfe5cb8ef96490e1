namespace Llama2Validation.Harness.Comparison;

/// <summary>One document whose greedy tokens differ between base and head: where they first part.</summary>
/// <param name="Id">The document.</param>
/// <param name="FirstDifferingStep">0-based index of the first generated token that differs (or where one output ends).</param>
/// <param name="BaseTokens">Tokens the base generated.</param>
/// <param name="HeadTokens">Tokens the head generated.</param>
public sealed record DocumentDifference(string Id, int FirstDifferingStep, int BaseTokens, int HeadTokens);
