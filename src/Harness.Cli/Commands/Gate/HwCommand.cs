using System.Globalization;
using System.Text.Json;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>Prints the detected hardware class, the facts behind it and which strategies this machine runs.</summary>
internal sealed class HwCommand : Command<HwSettings>
{
    public override int Execute(CommandContext context, HwSettings settings, CancellationToken cancellationToken)
    {
        var report = HwReport.Detect();
        if (settings.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(report, HarnessJson.Options));
            return 0;
        }

        WriteHardware(report.Hardware);
        WriteConfiguration(report.ConfigurationProblems);
        WriteStrategies(report);
        return 0;
    }

    private static void WriteHardware(HardwareReport hardware)
    {
        AnsiConsole.MarkupLineInterpolated($"Hardware class: [bold]{hardware.Summary}[/]");
        AnsiConsole.MarkupLineInterpolated($"Fingerprint:    {hardware.Fingerprint}");

        var facts = new Table().AddColumns("fact", "value").HideHeaders();
        var gpu = hardware.Gpu;
        facts.AddTextRow("GPU probe", gpu.Source == GpuProbeSource.None ? $"none answered ({gpu.NoGpuReason})" : gpu.Source.ToString());
        foreach (var (device, index) in gpu.Devices.Select((d, i) => (d, i)))
        {
            facts.AddTextRow(
                string.Create(CultureInfo.InvariantCulture, $"GPU {index}"),
                string.Create(CultureInfo.InvariantCulture, $"{device.Name}, {device.MemoryTotalMiB} MiB ({device.MemoryFreeMiB?.ToString(CultureInfo.InvariantCulture) ?? "?"} free), compute capability {device.ComputeCapability ?? "?"}"));
        }

        if (gpu.Devices.Count > 0)
        {
            facts.AddTextRow("driver / CUDA", $"{gpu.DriverVersion ?? "?"} / {gpu.CudaVersion ?? "?"}");
        }

        foreach (var problem in gpu.Problems)
        {
            facts.AddTextRow("probe note", problem);
        }

        var cpu = hardware.Cpu;
        facts.AddTextRow("CPU", cpu.Model);
        facts.AddTextRow("cores", string.Create(CultureInfo.InvariantCulture, $"{cpu.LogicalCores} logical, {cpu.PhysicalCores?.ToString(CultureInfo.InvariantCulture) ?? "?"} physical"));
        facts.AddTextRow("instruction set", cpu.InstructionSet.ToString());
        facts.AddTextRow("memory", cpu.MemoryTotalMiB is { } mib ? string.Create(CultureInfo.InvariantCulture, $"{mib} MiB") : "?");
        AnsiConsole.Write(facts);
    }

    private static void WriteConfiguration(IReadOnlyList<ConfigurationProblem> problems)
    {
        var table = new Table().AddColumns("variable", "value", "sets");
        foreach (var variable in EnvironmentVariables.All)
        {
            table.AddTextRow(variable.Name, System.Environment.GetEnvironmentVariable(variable.Name) is { Length: > 0 } value ? value : "(not set)", variable.Meaning);
        }

        AnsiConsole.Write(table);
        foreach (var problem in problems)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{problem}[/]");
        }
    }

    private static void WriteStrategies(HwReport report)
    {
        var table = new Table().AddColumns("category", "target", "strategy", "weights", "runs on", "or why not");
        foreach (var row in report.Strategies)
        {
            table.AddTextRow(row.Category, row.Target, row.Strategy, row.Weights.ToString(), row.Runs ? row.Model ?? "" : "", row.Reason ?? "");
        }

        AnsiConsole.Write(table);
        var categories = report.Strategies.Select(r => r.Category).Distinct();
        AnsiConsole.MarkupLineInterpolated($"Test categories for this machine: {string.Join(", ", categories.Select(c => $"dotnet test --filter {GateCategory.Trait}={c}"))}");
        if (report.Hardware.Class == HardwareClass.Unknown)
        {
            AnsiConsole.MarkupLineInterpolated($"No GPU category for {report.Hardware.Summary}: only the CPU cases run here.");
        }
    }
}
