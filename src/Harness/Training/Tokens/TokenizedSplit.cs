namespace Llama2Validation.Harness.Training.Tokens;

/// <summary>
/// One split's token files as the manifest describes them: <c>{Name}.tokens.u16</c> holds every
/// example's ids back to back (BOS + prompt, then summary + EOS) as little-endian uint16;
/// <c>{Name}.index.i32</c> holds three little-endian int32 per example: start, prompt length (BOS
/// included) and total length, all in tokens.
/// </summary>
public sealed record TokenizedSplit(
    string Name,
    int Examples,
    long Tokens,
    int LongestExample,
    string TokensFile,
    string TokensSha256,
    string IndexFile,
    string IndexSha256);
