namespace Llama2Validation.Harness;

/// <summary>
/// Every environment variable the harness reads, in one list that `l2v hw` prints. The names are spelled
/// here rather than taken from the constants that read them because those live in domains this ground
/// floor may not use; a test holds the code's literals and the README to this list instead.
/// </summary>
public static class EnvironmentVariables
{
    public static IReadOnlyList<EnvironmentVariable> All { get; } =
    [
        new("LLAMA2VALIDATION_MODEL_F16", "the F16 GGUF (default, flash-attn); 8-bit and 4-bit variants are derived from it if not given"),
        new("LLAMA2VALIDATION_MODEL_Q8", "a Q8_0 GGUF (8-bit)"),
        new("LLAMA2VALIDATION_MODEL_Q4", "a Q4_0 GGUF (4-bit, batched)"),
        new("LLAMA2VALIDATION_DATASET", "the WikiLingua copy (HF JSONL/Parquet or GEM JSONL), or a workload name (w100, sample)"),
        new("LLAMA2VALIDATION_SAMPLE", "a manifest of URLs choosing documents from the data set (the seed's 100_articles.txt)"),
        new(RepositoryLayout.SeedReferenceVariable, "a folder holding the seed's doc_tokens.tsv (for w100)"),
        new("LLAMA2VALIDATION_NATIVE_LIB", "a custom libllama.so (a CUDA build)"),
        new("LLAMA2VALIDATION_GATE", "the class this runner gates: its cases fail instead of skipping when they cannot be judged"),
        new("LLAMA2VALIDATION_HARDWARE_CLASS", "pretend to be a class (dry runs of the gating)"),
        new("LLAMA2VALIDATION_BASE", "the merge base's worker build that compare and the relative gate time against"),
        new(RepositoryLayout.RootVariable, "the checkout (baselines, data, models) for an l2v run outside it"),
        new("LLAMA2VALIDATION_WORKER", "the l2v-worker to start instead of the one built beside l2v"),
        new("LLAMA2VALIDATION_SESSION", "set by l2v gate: the session folder its test programs share"),
    ];
}
