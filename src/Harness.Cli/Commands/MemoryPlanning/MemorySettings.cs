using System.ComponentModel;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Memory.Layouts;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Shapes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.MemoryPlanning;

internal sealed class MemorySettings : CommandSettings
{
    [CommandOption("--model <FILE>")]
    [Description("A GGUF file: its tensor table and hyper-parameters are read (header only).")]
    public string? Model { get; init; }

    [CommandOption("--preset <NAME>")]
    [Description("A shape preset instead of a file: tiny or llama2-7b (default llama2-7b).")]
    public string Preset { get; init; } = "llama2-7b";

    [CommandOption("--type <TYPE>")]
    [Description("Weight type for a preset: f16, q8_0 or q4_0 (default f16).")]
    public string Type { get; init; } = "f16";

    [CommandOption("--context <CELLS>")]
    [Description("KV cells per sequence (default: the model's training context).")]
    public int? Context { get; init; }

    [CommandOption("--parallel <N>")]
    [Description("Parallel sequences (default 1).")]
    public int Parallel { get; init; } = 1;

    [CommandOption("--kv-type <TYPE>")]
    [Description("KV cache type: f16 or q8_0 (q8_0 needs --flash-attn).")]
    public string KvType { get; init; } = "f16";

    [CommandOption("--flash-attn")]
    [Description("Flash attention on.")]
    public bool FlashAttention { get; init; }

    [CommandOption("--ubatch <N>")]
    [Description("n_ubatch (default 512).")]
    public int MicroBatch { get; init; } = 512;

    [CommandOption("--batch <N>")]
    [Description("n_batch (default 512, raised to the parallel count as the engine does).")]
    public int Batch { get; init; } = 512;

    [CommandOption("--overflow <SLOTSxCELLS>")]
    [Description("A second context of SLOTS × CELLS for documents too long for --context, as `l2v run --overflow` makes (e.g. 5x4096)")]
    public string? Overflow { get; init; }

    [CommandOption("--gpu <CLASS>")]
    [Description("Also print the largest parallel count that fits this class: T4, L4, A100-40GB, A100-80GB, H100, H200.")]
    public string? Gpu { get; init; }

    [CommandOption("--plan <CARD>")]
    [Description("The batched layout candidates and the gate's choice for a card: a class (T4, L4, A100-40GB, A100-80GB, H100, H200) or its memory in MiB (e.g. 49152).")]
    public string? Plan { get; init; }

    [CommandOption("--workload <NAME>")]
    [Description("The workload --plan lays out: w100 (the seed's documents, default) or uniform (100 × 529 tokens).")]
    public string Workload { get; init; } = "w100";

    [CommandOption("--cpu")]
    [Description("Predict for the CPU backend (all in host memory) instead of a GPU.")]
    public bool Cpu { get; init; }

    [CommandOption("--sweep")]
    [Description("Predicted memory and fit per GPU class for parallel counts 1, 2, 3, 4, 5, 10 and upward.")]
    public bool Sweep { get; init; }

    [CommandOption("--measure")]
    [Description("Also load the model in a worker (CPU backend unless --native-library) and compare with the buffer sizes llama.cpp reports.")]
    public bool Measure { get; init; }

    [CommandOption("--native-library|--native-lib <FILE>")]
    [Description("A custom libllama.so for --measure (a CUDA build, say).")]
    public string? NativeLibrary { get; init; }

    /// <summary>The card --plan names, in MiB: a class's nvidia-smi total, or the number given.</summary>
    public long? PlanCardMiB() =>
        Plan is null ? null
        : MemoryClasses.Find(Plan) is { Target: MemoryTarget.Gpu } card ? card.TotalMiB
        : long.TryParse(Plan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mib) && mib > 0 ? mib
        : null;

    public LayoutWorkload? PlanWorkload() =>
        string.Equals(Workload, "w100", StringComparison.OrdinalIgnoreCase) ? LayoutWorkload.W100
        : string.Equals(Workload, "uniform", StringComparison.OrdinalIgnoreCase) ? LayoutWorkload.Uniform
        : null;

    public override ValidationResult Validate()
    {
        var problems = new List<string>();
        if (Model is not null && !File.Exists(Model))
        {
            problems.Add($"--model: '{Model}' does not exist");
        }

        if (Model is null && ModelShapes.Find(Preset) is null)
        {
            problems.Add($"--preset: unknown '{Preset}' (known: {string.Join(", ", ModelShapes.All.Select(s => s.Name))})");
        }

        if (!WeightTypes.TryParse(Type, out _))
        {
            problems.Add($"--type: '{Type}' is not f16, q8_0 or q4_0");
        }

        if (!string.Equals(KvType, "f16", StringComparison.OrdinalIgnoreCase) && !string.Equals(KvType, "q8_0", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"--kv-type: '{KvType}' is not f16 or q8_0");
        }

        if (Gpu is not null && MemoryClasses.Find(Gpu) is not { Target: MemoryTarget.Gpu })
        {
            problems.Add($"--gpu: unknown '{Gpu}' (known: {string.Join(", ", MemoryClasses.Gpus.Select(c => c.Label))})");
        }

        if (Overflow is not null && CountByNumber.Parse(Overflow) is null)
        {
            problems.Add($"--overflow: '{Overflow}' is not SLOTSxCELLS, e.g. 5x4096");
        }

        if (Plan is not null && PlanCardMiB() is null)
        {
            problems.Add($"--plan: '{Plan}' is neither a GPU class ({string.Join(", ", MemoryClasses.Gpus.Select(c => c.Label))}) nor a positive number of MiB");
        }

        if (PlanWorkload() is null)
        {
            problems.Add($"--workload: '{Workload}' is not w100 or uniform");
        }

        if (Measure && Model is null && !string.Equals(Preset, "tiny", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("--measure loads a real model: give --model, or --preset tiny");
        }

        return problems.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join("; ", problems));
    }
}
