namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>The header fields the reader visits; the fuzzer uses their positions to aim its mutations.</summary>
internal enum GgufReaderField
{
    Magic,
    Version,
    TensorCount,
    MetadataCount,
    StringLength,
    ValueType,
    ArrayElementType,
    ArrayLength,
    ScalarValue,
    DimensionCount,
    Dimension,
    TensorType,
    TensorOffset,
}

/// <summary>Called with each field's kind, position and width in bytes, before it is read.</summary>
internal delegate void GgufFieldVisitor(GgufReaderField field, long offset, int width);
