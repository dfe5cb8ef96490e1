using System.ComponentModel;
using Llama2Validation.Harness;
using Llama2Validation.Harness.GateWorkflow;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>What every gate pass on a runner shares: where the programs, models, suite root and runs are.</summary>
internal class RunnerSettings : CommandSettings
{
    [CommandOption("--root <DIR>")]
    [Description("The runner's suite root: filled from the checkout once, then kept (received files stay there). Default: <temp>/l2v-gate-root.")]
    public string? Root { get; init; }

    [CommandOption("--checkout <DIR>")]
    [Description("The checkout whose baselines, data and models fill a new suite root. Default: the current repository.")]
    public string? Checkout { get; init; }

    [CommandOption("--runs <DIR>")]
    [Description("Where each pass's folder goes (TRX, JUnit, logs, results files). Default: <temp>/l2v-runs.")]
    public string? Runs { get; init; }

    [CommandOption("--models <DIR>")]
    [Description("Folder of llama2-7b-{f16,q8_0,q4_0}.gguf; missing ones are generated there. Default: <temp>/l2v-models.")]
    public string? Models { get; init; }

    [CommandOption("--programs <DIR>")]
    [Description("Folder of the test programs and l2v-worker (the unpacked bundle). Default: l2v's own folder.")]
    public string? Programs { get; init; }

    [CommandOption("--dataset <NAME>")]
    [Description("The dataset the class's cases run on.")]
    [DefaultValue("w100")]
    public string Dataset { get; init; } = "w100";

    [CommandOption("--seed-reference <DIR>")]
    [Description("A folder with the seed's doc_tokens.tsv (W100's document lengths).")]
    public string? SeedReference { get; init; }

    [CommandOption("--forget <STRATEGY>")]
    [Description("When the suite root is first filled, leave out this strategy's throughput baseline and snapshot for the class (its gate configuration changed). Repeatable.")]
    public string[] Forget { get; init; } = [];

    public string RootFolder => Path.GetFullPath(Root ?? GateRoot.DefaultPath);

    public string RunsFolder => Path.GetFullPath(Runs ?? Path.Combine(Path.GetTempPath(), "l2v-runs"));

    public string ModelsFolder => Path.GetFullPath(Models ?? Path.Combine(Path.GetTempPath(), "l2v-models"));

    public string ProgramsFolder => Path.GetFullPath(Programs ?? AppContext.BaseDirectory);

    public string CheckoutFolder => Path.GetFullPath(Checkout ?? RepositoryLayout.Current.Root);

    public override ValidationResult Validate() =>
        Programs is not null && !Directory.Exists(Programs) ? ValidationResult.Error($"--programs: no such folder: {Programs}")
        : SeedReference is not null && !Directory.Exists(SeedReference) ? ValidationResult.Error($"--seed-reference: no such folder: {SeedReference}")
        : Checkout is not null && !Directory.Exists(Checkout) ? ValidationResult.Error($"--checkout: no such folder: {Checkout}")
        : ValidationResult.Success();
}
