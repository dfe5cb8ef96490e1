namespace Llama2Validation.Harness.Models.Vocabulary;

/// <summary>Token types of a SentencePiece vocabulary as llama.cpp numbers them (tokenizer.ggml.token_type).</summary>
public enum LlamaTokenType
{
    Normal = 1,
    Unknown = 2,
    Control = 3,
    UserDefined = 4,
    Unused = 5,
    Byte = 6,
}
