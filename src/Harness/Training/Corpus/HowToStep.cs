namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>One step of a generated article: the sentence the document says and the clause a summary keeps.</summary>
internal sealed record HowToStep(string Instruction, string SummaryClause);
