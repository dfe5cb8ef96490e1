namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>What is wrong with a GGUF file. Each kind is something llama.cpp would abort on, misread, or refuse.</summary>
public enum GgufValidationProblemKind
{
    // Structure: the reader stops at these, because nothing after them can be located reliably.
    BadMagic,
    UnsupportedVersion,
    Truncated,
    CountTooLarge,
    StringTooLong,
    ArrayTooLong,
    ArrayNestedTooDeep,
    UnknownValueType,
    TooManyDimensions,

    // Metadata section.
    InvalidUtf8,
    DuplicateKey,
    NestedArray,
    InvalidAlignment,

    // Tensor table.
    DuplicateTensorName,
    TensorNameTooLong,
    UnknownTensorType,
    NoDimensions,
    ZeroDimension,
    ElementCountOverflow,
    RowNotBlockMultiple,
    MisalignedTensorOffset,
    TensorPastEndOfFile,
    OverlappingTensors,
    UnexpectedTensorOffset,
    DataSectionPastEndOfFile,

    // Architecture and vocabulary (llama).
    MissingMetadata,
    WrongMetadataType,
    InconsistentMetadata,
    EmptyVocabulary,
    DuplicateVocabularyEntry,
    VocabularyLengthMismatch,
    TokenIdOutOfRange,
}
