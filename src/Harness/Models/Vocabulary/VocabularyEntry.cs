namespace Llama2Validation.Harness.Models.Vocabulary;

/// <summary>
/// One vocabulary piece. Word-initial pieces start with U+2581 (SentencePiece's visible space);
/// llama.cpp merges adjacent pieces by the score of the merged piece, highest first.
/// </summary>
public sealed record VocabularyEntry(string Text, float Score, LlamaTokenType Type);
