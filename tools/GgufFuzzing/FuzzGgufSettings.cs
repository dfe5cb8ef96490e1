using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Tools.GgufFuzzing;

internal sealed class FuzzGgufSettings : CommandSettings
{
    [CommandOption("--inputs")]
    [Description("Mutated inputs to run (default 100000).")]
    public long Inputs { get; init; } = 100_000;

    [CommandOption("--seed")]
    [Description("Random seed; input i is made from (seed, i) alone (default 1).")]
    public int Seed { get; init; } = 1;

    [CommandOption("--seed-file")]
    [Description("A GGUF file to mutate besides the built-in seeds (repeatable).")]
    public string[] SeedFiles { get; init; } = [];

    [CommandOption("--workers")]
    [Description("Threads (default: processor count).")]
    public int Workers { get; init; } = System.Environment.ProcessorCount;

    [CommandOption("--time-limit-ms")]
    [Description("Per-input limit; a slower input is a hang (default 5000: generous, because a shared CI machine can stall a thread for seconds).")]
    public int TimeLimitMilliseconds { get; init; } = 5000;

    [CommandOption("--max-alloc-mb")]
    [Description("Per-input allocation limit in MiB (default 64).")]
    public int MaxAllocationMegabytes { get; init; } = 64;

    [CommandOption("--findings")]
    [Description("Folder for inputs that crash, hang or over-allocate (default artifacts/fuzz-gguf).")]
    public string? FindingsFolder { get; init; }

    public override ValidationResult Validate()
    {
        var missing = SeedFiles.FirstOrDefault(path => !File.Exists(path));
        return Inputs <= 0 ? ValidationResult.Error("--inputs must be positive.")
            : Workers <= 0 ? ValidationResult.Error("--workers must be positive.")
            : TimeLimitMilliseconds <= 0 ? ValidationResult.Error("--time-limit-ms must be positive.")
            : MaxAllocationMegabytes <= 0 ? ValidationResult.Error("--max-alloc-mb must be positive.")
            : missing is not null ? ValidationResult.Error($"seed file '{missing}' does not exist.")
            : ValidationResult.Success();
    }
}
