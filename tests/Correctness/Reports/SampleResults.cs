using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Reports;

/// <summary>
/// Results files shaped like the seed's headline table (A100-40GB and T4 runs of Llama-2-7B over 100
/// WikiLingua articles), with per-document timings drawn from the seed's document-length spread.
/// </summary>
internal static class SampleResults
{
    private const long GiB = 1024L * 1024 * 1024;

    private const string A100Machine = "NVIDIA A100-SXM4-40GB, 40960 MiB";

    private const string T4Machine = "Tesla T4, 15360 MiB";

    public static ResultsFile A100() => new()
    {
        Runs =
        [
            Run("A100", A100Machine, "vllm-awq", 4.273, 0.2554, 36.1, concurrency: 16, prefillRate: 9000),
            Run("A100", A100Machine, "flash-attn", 0.339, 0.2822, 13.3),
            Run("A100", A100Machine, "default", 0.317, 0.2804, 13.6),
            Run("A100", A100Machine, "4-bit", 0.206, 0.2642, 4.7),
            Run("A100", A100Machine, "8-bit", 0.059, 0.2667, 7.9),
        ],
    };

    public static ResultsFile T4() => new()
    {
        Runs =
        [
            Run("T4", T4Machine, "vllm-awq", 0.540, 0.2542, 13.2, concurrency: 8, prefillRate: 2500),
            Run("T4", T4Machine, "4-bit", 0.183, 0.2507, 4.4, prefillRate: 900),
            Run("T4", T4Machine, "8-bit", 0.055, 0.2752, 7.6, prefillRate: 700),
            Run("T4", T4Machine, "default", 0, null, 14.6) with
            {
                Outcome = RunOutcome.OutOfMemory,
                FailureDetail = "CUDA out of memory loading 12.6 GiB of F16 weights",
                CompletedCount = 0,
                Documents = [],
            },
        ],
    };

    /// <summary>The CPU smoke run on the generated tiny model: random weights, host memory only.</summary>
    public static ResultsFile CpuSynthetic() => new()
    {
        Runs =
        [
            Run("CPU", "AMD EPYC 7B13, 2 cores", "default", 2.41, null, 0, prefillRate: 4000) with
            {
                Metadata = Metadata("CPU", "AMD EPYC 7B13, 2 cores") with { ModelSynthetic = true, ModelProfile = "tiny" },
                PeakGpuMemoryBytes = null,
                PeakRssBytes = 310L * 1024 * 1024,
            },
            Run("CPU", "AMD EPYC 7B13, 2 cores", "4-bit", 3.02, null, 0, prefillRate: 5000) with
            {
                Metadata = Metadata("CPU", "AMD EPYC 7B13, 2 cores") with { ModelSynthetic = true, ModelProfile = "tiny" },
                PeakGpuMemoryBytes = null,
                PeakRssBytes = 190L * 1024 * 1024,
            },
        ],
    };

    public static RunResult Run(
        string hardware,
        string machine,
        string strategy,
        double docsPerSecond,
        double? rouge1,
        double peakGpuGiB,
        int concurrency = 1,
        double prefillRate = 3000,
        int documents = 100)
    {
        var generation = docsPerSecond > 0 ? documents / docsPerSecond : 0;
        var load = hardware == "T4" ? 41.5 : 23.0;
        return new RunResult
        {
            Strategy = strategy,
            Spec = StrategyCatalog.Find(strategy) ?? new StrategySpec { Name = strategy, Kind = StrategyKind.Endpoint, Weights = WeightType.Q4_0 },
            Outcome = RunOutcome.Completed,
            DocumentCount = documents,
            CompletedCount = documents,
            LoadSeconds = load,
            GenerationSeconds = generation,
            WallSeconds = generation + load,
            DocsPerSecond = docsPerSecond,
            PrefillTokensPerSecond = prefillRate,
            DecodeTokensPerSecond = docsPerSecond * 92 * 1.15,
            TimeToFirstTokenP50Seconds = 430 / prefillRate,
            TimeToFirstTokenP90Seconds = 980 / prefillRate,
            TimePerOutputTokenP50Seconds = docsPerSecond > 0 ? 1 / (docsPerSecond * 92) : 0,
            TimePerOutputTokenP90Seconds = docsPerSecond > 0 ? 1.2 / (docsPerSecond * 92) : 0,
            Rouge1F1 = rouge1,
            PeakRssBytes = 2 * GiB,
            PeakGpuMemoryBytes = (long)(peakGpuGiB * GiB),
            Metadata = Metadata(hardware, machine),
            Documents = docsPerSecond > 0 ? Documents(documents, docsPerSecond, concurrency, prefillRate, seed: strategy.Length * 31 + hardware.Length) : [],
        };
    }

    public static RunMetadata Metadata(string hardware, string machine) => new()
    {
        HardwareClass = hardware,
        HardwareFingerprint = $"{hardware}-fingerprint",
        HardwareDescription = machine,
        GpuDriver = hardware == "CPU" ? null : "535.104.05",
        Os = "Ubuntu 22.04.4 LTS",
        DotnetVersion = "10.0.0",
        LlamaSharpVersion = "0.30.0",
        NativeLibraryPath = "/opt/l2v/runtimes/linux-x64/native/cuda12/libllama.so",
        NativeLibrarySha256 = "5f2c81a9e07d4b3c96a1e0f7d2b84c5a0e3f9d1c7b6a5e4d3c2b1a0f9e8d7c6b",
        ModelPath = "/models/llama-2-7b-chat.gguf",
        ModelSha256 = "08a5566d61d7cb6b420c3e4387a39e0078e1f2fe5f055f3a03887385304d4bfa",
        ModelProfile = "llama2-7b",
        DatasetHash = "c3d9e1f0a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5",
        DatasetName = "wikilingua-100",
        HarnessCommit = "b1ffd66a2c3d",
        StartedAt = new DateTimeOffset(2024, 1, 18, 14, 5, 0, TimeSpan.Zero),
    };

    /// <summary>Per-document timings whose mean latency matches the run's throughput and concurrency.</summary>
    private static List<DocumentResult> Documents(int count, double docsPerSecond, int concurrency, double prefillRate, int seed)
    {
        var random = new Random(seed);
        var lengths = Enumerable.Range(0, count)
            .Select(_ => (int)Math.Clamp(Math.Exp(Math.Log(420) + (0.65 * Gaussian(random))), 56, 3597))
            .ToList();
        var outputs = lengths.Select(_ => random.Next(48, 140)).ToList();
        var meanLatency = concurrency / docsPerSecond;
        var meanPrefill = lengths.Average() / prefillRate;
        var decodeRate = outputs.Average() / Math.Max(meanLatency - meanPrefill, meanLatency * 0.2);
        return lengths.Select((tokens, i) => new DocumentResult
        {
            Id = $"https://www.wikihow.com/Sample-{i:000}",
            Outcome = DocumentOutcome.Ok,
            PromptTokens = tokens,
            OutputTokens = outputs[i],
            TimeToFirstTokenSeconds = tokens / prefillRate,
            DecodeSeconds = outputs[i] / decodeRate * (1 + (tokens / 4000.0)) * (0.9 + (0.2 * random.NextDouble())),
            DocumentWords = (int)(tokens * 0.75),
            Output = "A short summary.",
        }).ToList();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
