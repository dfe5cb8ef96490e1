using System.Globalization;
using Llama2Validation.Harness.GateWorkflow;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>Readies a runner for passes (suite root, models) and builds each pass from the settings.</summary>
internal static class GatePassPreparation
{
    public static Func<string, bool, GatePass> Prepare(RunnerSettings settings, string hardwareClass, IReadOnlyList<TestProject> projects, IReadOnlyList<string> extraArguments, CancellationToken cancellationToken)
    {
        foreach (var forgotten in GateRoot.Prepare(settings.CheckoutFolder, settings.RootFolder, hardwareClass, settings.Forget))
        {
            Console.WriteLine($"forgotten for a fresh recording: {forgotten}");
        }

        // The CPU class runs on the tiny models its cases generate; only GPU classes need the 7B files.
        var models = string.Equals(hardwareClass, nameof(HardwareClass.CPU), StringComparison.OrdinalIgnoreCase)
            ? new Dictionary<WeightType, string>()
            : RunnerModels.Ensure(settings.ModelsFolder, Console.WriteLine, cancellationToken);
        return (name, declared) => new GatePass
        {
            Name = name,
            HardwareClass = hardwareClass,
            Projects = projects,
            Declared = declared,
            ProgramsFolder = settings.ProgramsFolder,
            SuiteRoot = settings.RootFolder,
            RunsFolder = settings.RunsFolder,
            Models = models,
            Dataset = settings.Dataset,
            SeedReference = settings.SeedReference is null ? null : Path.GetFullPath(settings.SeedReference),
            ExtraArguments = extraArguments,
            Session = string.Create(CultureInfo.InvariantCulture, $"gate-{name}-{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}"),
        };
    }
}
