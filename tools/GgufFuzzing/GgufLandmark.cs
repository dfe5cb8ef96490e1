namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>Where a header field of a seed lies, so mutations can aim at structure rather than at random bytes.</summary>
internal readonly record struct GgufLandmark(GgufReaderField Field, int Offset, int Width);
