namespace Llama2Validation.Harness.Models.Vocabulary;

/// <summary>
/// Thrown before a vocabulary with a repeated piece is written: llama.cpp aborts the whole process
/// (not a catchable error) when it loads one.
/// </summary>
public sealed class DuplicateVocabularyEntryException : Exception
{
    public DuplicateVocabularyEntryException()
    {
    }

    public DuplicateVocabularyEntryException(string message)
        : base(message)
    {
    }

    public DuplicateVocabularyEntryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
