using System.Globalization;
using Llama2Validation.Harness;
using Spectre.Console.Cli;

namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>
/// <c>l2v-fuzz-gguf [--inputs N] [--seed S] [--seed-file PATH]</c>: a benchmark-style fuzz run of the GGUF
/// reader and validator. Prints throughput, verdict counts, the problem kinds met, allocation and
/// timing extremes, and every finding; exit code 1 when anything was found.
/// </summary>
internal sealed class FuzzGgufCommand : Command<FuzzGgufSettings>
{
    public override int Execute(CommandContext context, FuzzGgufSettings settings, CancellationToken cancellationToken)
    {
        var options = new GgufFuzzOptions(
            settings.Inputs,
            settings.Seed,
            settings.SeedFiles,
            settings.Workers,
            TimeSpan.FromMilliseconds(settings.TimeLimitMilliseconds),
            settings.MaxAllocationMegabytes * 1024L * 1024L,
            settings.FindingsFolder ?? Path.Combine(RepositoryLayout.Current.ArtifactsFolder, "fuzz-gguf"));
        var fuzzer = new GgufFuzzer(options);
        Console.WriteLine(Invariant($"fuzz-gguf: {options.Inputs:N0} inputs, seed {options.Seed}, {options.Workers} workers"));
        var report = fuzzer.Run(progress => Console.WriteLine(Invariant(
            $"  {progress.InputsRun:N0}/{progress.Inputs:N0} inputs, {progress.InputsRun / progress.Elapsed.TotalSeconds:N0}/s, {progress.Findings} findings")));
        Print(report, options);
        return report.Clean ? 0 : 1;
    }

    private static void Print(GgufFuzzReport report, GgufFuzzOptions options)
    {
        Console.WriteLine(Invariant($"seeds: {string.Join(", ", report.SeedNames)}"));
        Console.WriteLine(Invariant($"inputs run: {report.InputsRun:N0} in {report.Elapsed.TotalSeconds:F1} s ({report.InputsPerSecond:N0} inputs/s)"));
        Console.WriteLine(Invariant($"accepted: {report.Accepted:N0}, refused: {report.Refused:N0}"));
        Console.WriteLine(Invariant($"max allocation per input: {report.MaxAllocatedBytes:N0} bytes (input {report.MaxAllocatedInput}); limit {options.AllocationLimitBytes:N0}"));
        Console.WriteLine(Invariant($"slowest input: {report.SlowestInput.TotalMilliseconds:F2} ms (input {report.SlowestInputNumber}); limit {options.TimeLimit.TotalMilliseconds:F0} ms"));
        Console.WriteLine(Invariant($"problem kinds met ({report.ProblemKinds.Count} distinct; inputs refused with each):"));
        foreach (var (kind, count) in report.ProblemKinds.OrderByDescending(pair => pair.Value))
        {
            Console.WriteLine(Invariant($"  {kind,-26} {count,10:N0}"));
        }

        Console.WriteLine("mutations applied:");
        foreach (var (mutation, count) in report.Mutations)
        {
            Console.WriteLine(Invariant($"  {mutation,-26} {count,10:N0}"));
        }

        Console.WriteLine(Invariant($"findings: {report.FindingCount}{(report.Stopped ? " (run stopped by a hang)" : string.Empty)}"));
        foreach (var finding in report.Findings)
        {
            var firstLine = finding.Description.Split('\n')[0].TrimEnd();
            Console.WriteLine(Invariant($"  {finding.Kind} input {finding.Input} ({finding.SeedName}): {firstLine}"));
            if (finding.SavedPath is not null)
            {
                Console.WriteLine($"    saved: {finding.SavedPath}");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
