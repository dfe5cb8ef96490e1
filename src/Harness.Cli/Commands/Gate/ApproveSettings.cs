using System.ComponentModel;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Hardware;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

internal sealed class ApproveSettings : CommandSettings
{
    [CommandArgument(0, "[RECEIVED]")]
    [Description("Approve only these received files (paths inside the baselines folder). Default: every pending one matching the filters.")]
    public string[] Files { get; init; } = [];

    [CommandOption("--kind <KIND>")]
    [Description("snapshot, baseline or memory.")]
    public string? Kind { get; init; }

    [CommandOption("--class <CLASS>")]
    [Description("Hardware class: CPU, T4, L4, A100, H100, H200.")]
    public string? HardwareClass { get; init; }

    [CommandOption("--strategy <STRATEGY>")]
    [Description("Strategy name, e.g. default, 8-bit, batched.")]
    public string? Strategy { get; init; }

    [CommandOption("--model <MODEL>")]
    [Description("Model identity: a profile such as l2v-tiny, or sha256-<hash>.")]
    public string? Model { get; init; }

    [CommandOption("--list")]
    [Description("Show pending received files and their diffs without approving anything.")]
    public bool List { get; init; }

    [CommandOption("--diff")]
    [Description("Also open each changed pair in your diff tool (never under CI).")]
    public bool Diff { get; init; }

    [CommandOption("--baselines <DIR>")]
    [Description("Baselines folder (default: the checkout's baselines/).")]
    public string? Baselines { get; init; }

    public ApprovalKind? ParsedKind =>
        Kind is null ? null : Enum.Parse<ApprovalKind>(Kind, ignoreCase: true);

    public ApprovalFilter Filter => new(ParsedKind, HardwareClass, Strategy, Model);

    /// <summary>The classes baselines are keyed by, and the folders under the baselines root (A100-40GB splits a class by memory).</summary>
    private List<string> KnownClasses()
    {
        var root = Baselines ?? RepositoryLayout.Current.BaselinesFolder;
        var folders = Directory.Exists(root) ? Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>() : [];
        return Enum.GetValues<HardwareClass>().Where(c => c != Llama2Validation.Harness.Hardware.HardwareClass.Unknown).Select(c => c.ToString())
            .Concat(folders)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public override ValidationResult Validate()
    {
        if (Kind is not null && (!Enum.TryParse<ApprovalKind>(Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(Kind, out _)))
        {
            return ValidationResult.Error($"--kind: '{Kind}' is not one of {string.Join(", ", Enum.GetValues<ApprovalKind>().Select(k => k.CommandName()))}");
        }

        if (HardwareClass is not null && !KnownClasses().Contains(HardwareClass, StringComparer.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--class: '{HardwareClass}' is not a hardware class (known: {string.Join(", ", KnownClasses())})");
        }

        return Files.Length > 0 && (Kind ?? HardwareClass ?? Strategy ?? Model) is not null
            ? ValidationResult.Error("Name received files or filter with --kind/--class/--strategy/--model, not both.")
            : ValidationResult.Success();
    }
}
