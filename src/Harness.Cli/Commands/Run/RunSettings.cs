using System.ComponentModel;
using Llama2Validation.Harness.Strategies;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Run;

/// <summary>Options of `l2v run`; with none, the embedded default (trained summariser, sample corpus, all strategies).</summary>
internal sealed partial class RunSettings : CommandSettings
{
    [CommandOption("--model <PATH>")]
    [Description("An F16 GGUF; the 8-bit and 4-bit variants are derived from it and cached. Default: the trained summariser in models/.")]
    public string? Model { get; init; }

    [CommandOption("--preset <NAME>")]
    [Description("Instead of the summariser, a generated random-weight model of this shape (tiny or llama2-7b), for speed and memory work.")]
    public string? Preset { get; init; }

    [CommandOption("--model-q8 <PATH>")]
    [Description("A Q8_0 GGUF for the 8-bit strategy (instead of deriving one).")]
    public string? ModelQ8 { get; init; }

    [CommandOption("--model-q4 <PATH>")]
    [Description("A Q4_0 GGUF for the 4-bit and batched strategies (instead of deriving one).")]
    public string? ModelQ4 { get; init; }

    [CommandOption("--dataset <NAME|PATH>")]
    [Description("sample (default), smoke, w100, uniform, or a WikiLingua JSONL/Parquet or GEM JSONL file.")]
    [DefaultValue("sample")]
    public string Dataset { get; init; } = "sample";

    [CommandOption("--sample <FILE>")]
    [Description("A manifest of article URLs, one a line, that selects and orders documents.")]
    public string? Sample { get; init; }

    [CommandOption("--doc-tokens <FILE>")]
    [Description("For --dataset w100: the seed's doc_tokens.tsv (default: the seed reference folder's).")]
    public string? DocumentTokens { get; init; }

    [CommandOption("--uniform <COUNTxTOKENS>")]
    [Description("For --dataset uniform: how many prompts of how many tokens, e.g. 100x529.")]
    public string? Uniform { get; init; }

    [CommandOption("-s|--strategy <NAME>")]
    [Description("Strategy to run (repeatable): default, 8-bit, 4-bit, flash-attn, batched. Default: all five.")]
    public string[] Strategies { get; init; } = [];

    [CommandOption("--limit <N>")]
    [Description("Run only the first N documents.")]
    public int? Limit { get; init; }

    [CommandOption("--threads <N>")]
    [Description("CPU threads for llama.cpp (default: 1 on the embedded model, as the CPU gate runs; otherwise half the logical cores, at least one).")]
    public int? Threads { get; init; }

    [CommandOption("--context <CELLS>")]
    [Description("KV cells per sequence (default: the model's training context).")]
    public int? Context { get; init; }

    [CommandOption("--parallel <N>")]
    [Description("Sequences decoded together by the batched strategy (default: 4 on the embedded model, as the CPU gate runs; otherwise 8).")]
    public int? Parallel { get; init; }

    [CommandOption("--overflow <SLOTSxCELLS>")]
    [Description("A second context for the batched strategy's documents too long for --context, e.g. 5x4096: 5 slots of 4,096 cells, decoded beside the main slots (default: none; such documents are reported as not fitting).")]
    public string? Overflow { get; init; }

    [CommandOption("--batch <N>")]
    [Description("Tokens per decode call (llama.cpp n_batch) for every strategy.")]
    public int? Batch { get; init; }

    [CommandOption("--ubatch <N>")]
    [Description("Physical batch size (llama.cpp n_ubatch).")]
    public int? MicroBatch { get; init; }

    [CommandOption("--kv-type <TYPE>")]
    [Description("KV cache type: f16 (default) or q8_0.")]
    public string? KvType { get; init; }

    [CommandOption("--weights <TYPE>")]
    [Description("Weight type for every strategy run: f16, q8_0 or q4_0 (default: each strategy's own).")]
    public string? Weights { get; init; }

    [CommandOption("--force-new-tokens <N>")]
    [Description("Generate exactly N tokens per document, ignoring end-of-sequence (speed runs on random weights).")]
    public int? ForceNewTokens { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Where results.json and the report (report.md, report.html, charts) go (default: artifacts/run-<time>).")]
    public string? Out { get; init; }

    [CommandOption("--force")]
    [Description("Replace the results and report already in --out (without it, a folder holding results.json is refused).")]
    public bool Force { get; init; }

    [CommandOption("--native-library|--native-lib <PATH>")]
    [Description("A custom libllama.so (a CUDA build, say). Also LLAMA2VALIDATION_NATIVE_LIB.")]
    public string? NativeLibrary { get; init; }

    [CommandOption("--endpoint <URL>")]
    [Description("An OpenAI-compatible server (vLLM, llama.cpp server, l2v serve) for the endpoint strategy.")]
    public string? Endpoint { get; init; }

    [CommandOption("--endpoint-model <NAME>")]
    [Description("The model id the endpoint serves.")]
    public string? EndpointModel { get; init; }

    [CommandOption("--endpoint-key-env <VAR>")]
    [Description("Environment variable holding the API key (default OPENAI_API_KEY; the key is never logged or saved).")]
    public string? EndpointKeyVariable { get; init; }

    [CommandOption("--endpoint-concurrency|--max-concurrency <LIST>")]
    [Description("Requests in flight at most (default 1; with --request-rate, every document). A list (1,4,16,64) runs one load point each: a concurrency sweep.")]
    public string? EndpointConcurrency { get; init; }

    [CommandOption("--request-rate <LIST>")]
    [Description("Requests per second arriving as a seeded Poisson process, or inf (all at once, the default). A list (1,2,4,inf) runs a rate sweep.")]
    public string? RequestRate { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seed of the request arrivals (default 0), so a rate sweep sends at the same moments every time.")]
    public int? Seed { get; init; }

    [CommandOption("--slo-ttft-ms <MS>")]
    [Description("Goodput counts requests whose time to first token is within this (default 2000).")]
    public double? SloTimeToFirstTokenMs { get; init; }

    [CommandOption("--slo-tpot-ms <MS>")]
    [Description("...and whose time per output token is within this (default 100).")]
    public double? SloTimePerOutputTokenMs { get; init; }

    [CommandOption("--endpoint-api <API>")]
    [Description("completions (default, /v1/completions), chat (/v1/chat/completions) or llama-completion (llama-server's /completion, whose stream carries token ids).")]
    public string? EndpointApiName { get; init; }

    [CommandOption("--endpoint-vocab <N>")]
    [Description("The served model's vocabulary size, for token-id prompts of uniform/w100 when the server does not report it (vLLM).")]
    public int? EndpointVocabulary { get; init; }

    [CommandOption("--endpoint-no-token-ids")]
    [Description("Do not ask for generated token ids (for servers that reject unknown fields); outputs then compare by text.")]
    public bool EndpointNoTokenIds { get; init; }

    [CommandOption("--endpoint-logprobs")]
    [Description("Ask for logprobs, ids as token_id:N (vLLM before return_token_ids).")]
    public bool EndpointLogprobs { get; init; }

    [CommandOption("--endpoint-chat")]
    [Description("Use /v1/chat/completions instead of the raw completions API.")]
    public bool EndpointChat { get; init; }

    [CommandOption("--endpoint-timeout <SECONDS>")]
    [Description("Per-request timeout (default 600).")]
    public int? EndpointTimeout { get; init; }

    [CommandOption("--endpoint-retries <N>")]
    [Description("Further attempts on 429, 5xx and connection failures (default 3).")]
    public int? EndpointRetries { get; init; }

    [CommandOption("--repeat <N>")]
    [Description("Run every strategy N times (interleaved), so `l2v check` can measure each figure's noise for a baseline.")]
    [DefaultValue(1)]
    public int Repeat { get; init; } = 1;

    [CommandOption("--resume")]
    [Description("Continue an interrupted run in --out: completed strategies are kept, unfinished ones run only their remaining documents.")]
    public bool Resume { get; init; }

    [CommandOption("--no-report")]
    [Description("Skip the charts and HTML report at the end.")]
    public bool NoReport { get; init; }

    public static bool IsEndpoint(string name) => name.Equals(EndpointStrategyName, StringComparison.OrdinalIgnoreCase);

    public const string EndpointStrategyName = "endpoint";

    /// <summary>The endpoint strategy runs when named, or when an endpoint is given and no strategy is.</summary>
    public bool RunsEndpoint => Strategies.Any(IsEndpoint) || (Endpoint is not null && Strategies.Length == 0);

    /// <summary>The catalog strategies this run executes: those named, else all (unless only an endpoint is).</summary>
    public IReadOnlyList<string> CatalogStrategies() => Strategies.Length > 0
        ? Strategies.Where(n => !IsEndpoint(n) && StrategyCatalog.Find(n) is not null).ToArray()
        : Endpoint is null ? StrategyCatalog.Names.ToArray() : [];

    /// <summary>
    /// Whether the in-process strategies run the embedded default as the CPU gate does (CPU class, one
    /// thread, nothing offloaded): no model file, no generated model, and an in-process strategy to run. An
    /// endpoint-only run measures a server, not this machine's CPU gate, so it is labelled with the hardware
    /// detected here like any other run.
    /// </summary>
    public bool RunsEmbeddedDefault =>
        Model is null && ModelQ8 is null && ModelQ4 is null && Preset is null && CatalogStrategies().Count > 0;

    public KvCacheType? ParsedKvCache() => KvType?.Equals("q8_0", StringComparison.OrdinalIgnoreCase) == true ? KvCacheType.Q8_0 : null;

    public WeightType? ParsedWeights() => Weights?.ToUpperInvariant() switch
    {
        "F16" => WeightType.F16,
        "Q8_0" => WeightType.Q8_0,
        "Q4_0" => WeightType.Q4_0,
        _ => null,
    };

    /// <summary>The concurrency points of a sweep; null when the option is absent or malformed.</summary>
    public IReadOnlyList<int>? ConcurrencyPoints() => ParseList(EndpointConcurrency, text =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null);

    /// <summary>The request-rate points; infinity stands for all at once. Null when absent or malformed.</summary>
    public IReadOnlyList<double>? RatePoints() => ParseList(RequestRate, text =>
        text.Equals("inf", StringComparison.OrdinalIgnoreCase) ? double.PositiveInfinity
        : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var r) && double.IsFinite(r) && r > 0 ? r
        : (double?)null);

    public Llama2Validation.Harness.Running.Endpoint.EndpointApi? ParsedEndpointApi() => EndpointApiName?.ToLowerInvariant() switch
    {
        null => EndpointChat ? Llama2Validation.Harness.Running.Endpoint.EndpointApi.Chat : Llama2Validation.Harness.Running.Endpoint.EndpointApi.Completions,
        "completions" => Llama2Validation.Harness.Running.Endpoint.EndpointApi.Completions,
        "chat" => Llama2Validation.Harness.Running.Endpoint.EndpointApi.Chat,
        "llama-completion" => Llama2Validation.Harness.Running.Endpoint.EndpointApi.LlamaCompletion,
        _ => null,
    };

    private static List<T>? ParseList<T>(string? text, Func<string, T?> parse)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }

        var values = text.Split(',', StringSplitOptions.TrimEntries).Select(parse).ToList();
        return values.Count > 0 && values.All(v => v is not null) ? values.Select(v => v!.Value).Distinct().ToList() : null;
    }

    public (int Slots, int Cells)? OverflowShape() => CountByNumber.Parse(Overflow);

    public (int Count, int Tokens)? UniformShape() => CountByNumber.Parse(Uniform);
}
