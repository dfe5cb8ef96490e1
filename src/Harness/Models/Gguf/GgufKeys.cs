namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>Metadata keys this project writes and reads (llama architecture, SentencePiece vocabulary).</summary>
public static class GgufKeys
{
    public const string Architecture = "general.architecture";
    public const string Name = "general.name";
    public const string FileType = "general.file_type";
    public const string Alignment = "general.alignment";
    public const string QuantizationVersion = "general.quantization_version";

    public const string ContextLength = "llama.context_length";
    public const string EmbeddingLength = "llama.embedding_length";
    public const string BlockCount = "llama.block_count";
    public const string FeedForwardLength = "llama.feed_forward_length";
    public const string HeadCount = "llama.attention.head_count";
    public const string HeadCountKv = "llama.attention.head_count_kv";
    public const string RmsEpsilon = "llama.attention.layer_norm_rms_epsilon";
    public const string RopeDimensionCount = "llama.rope.dimension_count";
    public const string RopeFreqBase = "llama.rope.freq_base";
    public const string VocabSize = "llama.vocab_size";

    public const string TokenizerModel = "tokenizer.ggml.model";
    public const string Tokens = "tokenizer.ggml.tokens";
    public const string Scores = "tokenizer.ggml.scores";
    public const string TokenTypes = "tokenizer.ggml.token_type";
    public const string BosTokenId = "tokenizer.ggml.bos_token_id";
    public const string EosTokenId = "tokenizer.ggml.eos_token_id";
    public const string UnknownTokenId = "tokenizer.ggml.unknown_token_id";
    public const string AddBosToken = "tokenizer.ggml.add_bos_token";
    public const string AddEosToken = "tokenizer.ggml.add_eos_token";
    public const string AddSpacePrefix = "tokenizer.ggml.add_space_prefix";

    /// <summary>True on every model with random weights: speed and memory carry over, quality does not.</summary>
    public const string Synthetic = "llama2validation.synthetic";

    /// <summary>The shape preset a generated model was made from (tiny, llama2-7b), or a trained model's name (summariser).</summary>
    public const string Profile = "llama2validation.profile";

    /// <summary>Seed of the generator (of the trainer, on a trained model), so a model can be made again.</summary>
    public const string GeneratorSeed = "llama2validation.seed";

    /// <summary>Version of the generator's algorithm; a new version may give different bytes for the same seed.</summary>
    public const string GeneratorVersion = "llama2validation.generator_version";

    /// <summary>On a trained model: the version of the generated corpus it learned from (HowToCorpus.Version).</summary>
    public const string CorpusVersion = "llama2validation.corpus_version";

    /// <summary>On a trained model: optimiser steps taken, as the trainer recorded them.</summary>
    public const string TrainingSteps = "llama2validation.training_steps";
}
