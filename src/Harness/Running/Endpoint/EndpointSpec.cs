using System.Globalization;
using Llama2Validation.Harness.Measurement.Serving;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// Where and how to run the workload against an OpenAI-compatible server, as data. The API key is
/// never held here, only the NAME of the environment variable that holds it, so a spec can be
/// logged, hashed and written to results without leaking the secret.
/// </summary>
public sealed record EndpointSpec
{
    public const string DefaultKeyVariable = "OPENAI_API_KEY";

    /// <summary>The server root, e.g. http://127.0.0.1:8000 (a trailing /v1 is accepted and ignored).</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The model name the server serves (vLLM: the --served-model-name or the repo id).</summary>
    public required string Model { get; init; }

    /// <summary>Environment variable holding the API key; an unset or empty variable sends no key.</summary>
    public string KeyVariable { get; init; } = DefaultKeyVariable;

    public EndpointApi Api { get; init; } = EndpointApi.Completions;

    /// <summary>Documents in flight at once (requests the server may batch together).</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>
    /// Mean requests per second of a seeded Poisson arrival process (as vLLM's benchmark_serving drives
    /// load); null or infinity: every document is ready at once and only <see cref="Concurrency"/> limits them.
    /// </summary>
    public double? RequestRate { get; init; }

    /// <summary>Seed of the arrival process, so a rate sweep sends the same arrival times every time.</summary>
    public int ArrivalSeed { get; init; }

    /// <summary>The objectives goodput is counted against.</summary>
    public ServingSlo Slo { get; init; } = ServingSlo.Default;

    /// <summary>
    /// The served model's vocabulary size, for token-id prompts of synthetic workloads; null: taken from
    /// the server's GET /v1/models (llama-server and l2v serve report meta.n_vocab; vLLM does not).
    /// </summary>
    public int? VocabularySize { get; init; }

    /// <summary>BOS id that starts a synthetic token-id prompt (1 in every Llama SentencePiece vocabulary); servers add no BOS to token-id prompts.</summary>
    public int BosToken { get; init; } = 1;

    /// <summary>The load as results state it.</summary>
    public ServingLoad Load => new()
    {
        Concurrency = Concurrency,
        RequestRate = ArrivesAtRate ? RequestRate : null,
        ArrivalSeed = ArrivesAtRate ? ArrivalSeed : null,
    };

    /// <summary>True when requests arrive over time instead of all at once.</summary>
    public bool ArrivesAtRate => RequestRate is { } rate && double.IsFinite(rate);

    /// <summary>Whole request, first byte to [DONE]; a stall past it is that document's error.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Further attempts after a 429, a 5xx or a failed connection, before the document is an error.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay; each later one doubles, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(0.5);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The seed's cap on generated tokens.</summary>
    public int MaxNewTokens { get; init; } = 300;

    /// <summary>Generate exactly this many tokens (sends ignore_eos, which vLLM and llama.cpp server accept).</summary>
    public int? ForceNewTokens { get; init; }

    /// <summary>
    /// Ask for generated token ids (vLLM return_token_ids, llama.cpp return_tokens). Off for servers
    /// that reject unknown fields; outputs then compare by text only.
    /// </summary>
    public bool RequestTokenIds { get; init; } = true;

    /// <summary>Ask for logprobs (1 per token, ids as "token_id:N" where vLLM supports it).</summary>
    public bool RequestLogprobs { get; init; }

    /// <summary>The strategy record results carry: kind endpoint, the token cap, and the concurrency as its parallelism.</summary>
    public StrategySpec Strategy => new()
    {
        Name = StrategyName,
        Kind = StrategyKind.Endpoint,
        ParallelSequences = Concurrency,
        MaxNewTokens = MaxNewTokens,
        ForceNewTokens = ForceNewTokens,
    };

    /// <summary>
    /// endpoint (or endpoint-chat) at concurrency 1 with every request ready at once; otherwise the load
    /// is part of the name (endpoint-c16, endpoint-c100-r2), so baselines and reports key each load point apart.
    /// </summary>
    public string StrategyName
    {
        get
        {
            var name = Api == EndpointApi.Chat ? "endpoint-chat" : "endpoint";
            return Concurrency == 1 && !ArrivesAtRate ? name : $"{name}-{Load.Label}";
        }
    }

    /// <summary>Every problem with the spec at once; empty when it can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"base URL '{BaseUrl}' must be an absolute http(s) URL");
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            problems.Add("model name is empty");
        }

        if (string.IsNullOrWhiteSpace(KeyVariable))
        {
            problems.Add("the API key variable name is empty");
        }

        if (Concurrency < 1)
        {
            problems.Add($"concurrency {Concurrency} must be at least 1");
        }

        if (RequestRate is { } rate && (double.IsNaN(rate) || rate <= 0))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"request rate {rate} must be positive (or infinity: all at once)"));
        }

        if (VocabularySize is < 1)
        {
            problems.Add($"vocabulary size {VocabularySize} must be at least 1");
        }

        if (Slo.TimeToFirstTokenSeconds <= 0 || Slo.TimePerOutputTokenSeconds <= 0)
        {
            problems.Add("SLO limits must be positive");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add($"request timeout {RequestTimeout} must be positive");
        }

        if (MaxRetries < 0)
        {
            problems.Add($"retries {MaxRetries} must not be negative");
        }

        if (MaxNewTokens < 1 || ForceNewTokens is < 1)
        {
            problems.Add("the new-token cap must be at least 1");
        }

        return problems;
    }
}
