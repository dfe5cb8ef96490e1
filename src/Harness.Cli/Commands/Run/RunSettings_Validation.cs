using System.Globalization;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;
using Spectre.Console;

namespace Llama2Validation.Cli.Commands.Run;

/// <summary>Every problem with a run's options at once, each naming its option, before anything starts.</summary>
internal sealed partial class RunSettings
{
    /// <summary>The most prompt tokens --uniform makes: 16 Mi, 300 times the seed's whole 100-document workload.</summary>
    public const long MaxUniformTokens = 1L << 24;

    public override ValidationResult Validate()
    {
        var problems = new List<string>();
        foreach (var name in Strategies.Where(n => StrategyCatalog.Find(n) is null && !IsEndpoint(n)))
        {
            problems.Add($"--strategy: unknown strategy '{name}' (known: {string.Join(", ", StrategyCatalog.Names)})");
        }

        foreach (var (option, path) in new[] { ("--model", Model), ("--model-q8", ModelQ8), ("--model-q4", ModelQ4), ("--sample", Sample), ("--doc-tokens", DocumentTokens), ("--native-library", NativeLibrary) })
        {
            if (path is not null && !File.Exists(path))
            {
                problems.Add($"{option}: '{path}' does not exist");
            }
            else if (path is not null && new FileInfo(path).Length == 0)
            {
                // A device or pipe reads as 0 bytes here and never ends when read: `--model /dev/zero` hashed forever.
                problems.Add($"{option}: '{path}' is empty or not a regular file");
            }
        }

        if (Preset is not null && (ModelShapes.Find(Preset) is null || Model is not null))
        {
            problems.Add($"--preset: '{Preset}' must be one of {string.Join(", ", ModelShapes.All.Select(shape => shape.Name))}, without --model");
        }

        if (Resume && Out is null)
        {
            problems.Add("--resume needs --out: the folder of the run to continue");
        }

        if (Resume && Force)
        {
            problems.Add("--resume keeps the results in --out and --force replaces them: pass one");
        }

        problems.AddRange(OutputProblems());

        if (string.IsNullOrWhiteSpace(Dataset))
        {
            problems.Add("--dataset: an empty name is neither a dataset nor a file");
        }

        if (Strategies.Any(IsEndpoint) && (Endpoint is null || EndpointModel is null))
        {
            problems.Add("--strategy endpoint needs --endpoint URL and --endpoint-model NAME");
        }

        if (Endpoint is not null && (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps)))
        {
            problems.Add($"--endpoint: '{Endpoint}' is not an absolute http:// or https:// URL");
        }

        problems.AddRange(EndpointLoadProblems());

        if (Repeat < 1 || (Repeat > 1 && Resume))
        {
            problems.Add("--repeat takes a positive number and does not combine with --resume");
        }

        foreach (var (option, value) in new[] { ("--limit", Limit), ("--threads", Threads), ("--context", Context), ("--parallel", Parallel), ("--batch", Batch), ("--ubatch", MicroBatch), ("--force-new-tokens", ForceNewTokens) })
        {
            if (value is <= 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{option}: {value} is not a positive number"));
            }
        }

        // llama.cpp starts every thread and spins it waiting for work: past the machine's processors they only contend.
        if (Threads is { } threads && threads > System.Environment.ProcessorCount)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--threads {threads}: this machine has {System.Environment.ProcessorCount} logical processors; more threads only wait on each other"));
        }

        if (Batch is > 0 && MicroBatch > Batch)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--ubatch {MicroBatch} is larger than --batch {Batch}: a physical batch cannot exceed the logical one"));
        }

        if (KvType is not null && !KvType.Equals("f16", StringComparison.OrdinalIgnoreCase) && !KvType.Equals("q8_0", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"--kv-type: '{KvType}' is not f16 or q8_0");
        }
        else if (ParsedKvCache() == KvCacheType.Q8_0 && StrategiesWithoutFlashAttention() is { Count: > 0 } plain)
        {
            problems.Add($"--kv-type q8_0 needs flash attention (llama.cpp quantises the V cache only with it), which {string.Join(", ", plain)} run without; pick --strategy flash-attn or batched");
        }

        if (Weights is not null && ParsedWeights() is null)
        {
            problems.Add($"--weights: '{Weights}' is not f16, q8_0 or q4_0");
        }

        problems.AddRange(OverflowProblems());

        if (Uniform is not null && UniformShape() is null)
        {
            problems.Add($"--uniform: '{Uniform}' is not COUNTxTOKENS, e.g. 100x529");
        }
        else if (UniformShape() is var (count, tokens) && (long)count * tokens > MaxUniformTokens)
        {
            // The token ids are made in memory before anything runs: 3x99999999 took 2.4 GB and 28 s to end in "does not fit".
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"--uniform {Uniform}: {(long)count * tokens:N0} prompt tokens in all, more than the {MaxUniformTokens:N0} a synthetic workload may make"));
        }

        return problems.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join(System.Environment.NewLine, problems));
    }

    private IEnumerable<string> OverflowProblems()
    {
        if (Overflow is null)
        {
            yield break;
        }

        if (OverflowShape() is not { } overflow)
        {
            yield return $"--overflow: '{Overflow}' is not SLOTSxCELLS, e.g. 5x4096";
        }
        else if (Context is { } main && ContextCells.Padded(overflow.Cells) <= ContextCells.Padded(main))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"--overflow: its slots ({overflow.Cells} cells) must be longer than --context {main}, or no document goes to them");
        }
        else if (!CatalogStrategies().Any(n => StrategyCatalog.Find(n)!.Kind == StrategyKind.Batched))
        {
            yield return "--overflow applies to the batched strategy, which this run does not include";
        }
    }

    private IEnumerable<string> EndpointLoadProblems()
    {
        if (EndpointConcurrency is not null && ConcurrencyPoints() is null)
        {
            yield return $"--endpoint-concurrency: '{EndpointConcurrency}' is not a comma-separated list of positive whole numbers, e.g. 1,4,16";
        }

        if (RequestRate is not null && RatePoints() is null)
        {
            yield return $"--request-rate: '{RequestRate}' is not a comma-separated list of positive numbers or inf, e.g. 1,2,4,inf";
        }

        if (ParsedEndpointApi() is null)
        {
            yield return $"--endpoint-api: '{EndpointApiName}' is not completions, chat or llama-completion";
        }
        else if (EndpointChat && EndpointApiName is not null && ParsedEndpointApi() != Llama2Validation.Harness.Running.Endpoint.EndpointApi.Chat)
        {
            yield return $"--endpoint-chat and --endpoint-api {EndpointApiName} ask for different routes: pass one";
        }

        foreach (var (option, value) in new[] { ("--slo-ttft-ms", SloTimeToFirstTokenMs), ("--slo-tpot-ms", SloTimePerOutputTokenMs) })
        {
            if (value is { } ms && !(ms > 0 && double.IsFinite(ms)))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{option}: {ms} is not a positive number of milliseconds");
            }
        }

        if (EndpointVocabulary is <= 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"--endpoint-vocab: {EndpointVocabulary} is not a positive number");
        }

        var sweeps = EndpointConcurrency is not null || RequestRate is not null;
        if (sweeps && !RunsEndpoint)
        {
            yield return "--endpoint-concurrency and --request-rate load an endpoint: they need --endpoint (and --strategy endpoint, if strategies are named)";
        }

        if (sweeps && (Resume || Repeat > 1) && (ConcurrencyPoints()?.Count > 1 || RatePoints()?.Count > 1))
        {
            yield return "a sweep (several --endpoint-concurrency or --request-rate values) does not combine with --resume or --repeat";
        }
    }

    private List<string> StrategiesWithoutFlashAttention() =>
        CatalogStrategies().Where(n => !StrategyCatalog.Find(n)!.FlashAttention).ToList();

    private IEnumerable<string> OutputProblems()
    {
        if (Out is null)
        {
            yield break;
        }

        if (OutputPath.FolderProblem("--out", Out) is { } problem)
        {
            yield return problem;
        }
        else if (!Resume && !Force && File.Exists(Path.Combine(Out, ResultsStore.FileName)))
        {
            yield return $"--out: '{Out}' already holds the {ResultsStore.FileName} of another run; pass --resume to continue it or --force to replace it";
        }
    }
}
