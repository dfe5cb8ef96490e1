namespace Llama2Validation.Harness.Training.Tokens;

/// <summary>
/// The model's own tokenizer as training data needs it: text to ids exactly as llama.cpp tokenises a
/// prompt at inference (no special-token parsing), with or without BOS.
/// </summary>
public sealed record TrainingTokenizer(Func<string, bool, IReadOnlyList<int>> Tokenize, int BosId, int EosId, int VocabularySize);
