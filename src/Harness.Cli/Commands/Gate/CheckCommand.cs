using System.Globalization;
using System.Text.Json;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Serialization;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>
/// <c>l2v check results.json [--baselines DIR]</c>: the test projects' baseline assertions applied to saved
/// results. Prints a verdict per run (plain text, never wrapped); exit code 1 on any failure, 2 when the
/// inputs cannot be read.
/// </summary>
internal sealed class CheckCommand : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        Harness.Measurement.ResultsFile results;
        try
        {
            results = ResultsStore.Read(settings.Results);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        var layout = RepositoryLayout.Current;
        var options = new CheckOptions { Snapshots = !settings.NoSnapshots, Proposals = !settings.NoProposals, ReceivedFiles = !settings.NoProposals };
        var checker = settings.Baselines is null
            ? BaselineChecker.For(layout, options)
            : BaselineChecker.For(settings.Baselines, layout, options);

        foreach (var problem in checker.Store.Problems)
        {
            Console.WriteLine($"baseline problem: {problem}");
        }

        var verdicts = checker.Check(results.Runs);
        foreach (var verdict in verdicts)
        {
            Print(verdict);
        }

        if (settings.Verdicts is not null)
        {
            AtomicFile.WriteAllText(settings.Verdicts, JsonSerializer.Serialize(verdicts, HarnessJson.Options) + "\n");
        }

        var failed = verdicts.Count(v => v.Status == VerdictStatus.Fail);
        var unjudged = verdicts.Count(v => v.Status is VerdictStatus.NoBaseline or VerdictStatus.NotComparable or VerdictStatus.NothingJudged);
        var nothingJudged = verdicts.Count(v => v.Status == VerdictStatus.NothingJudged);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{verdicts.Count(v => v.Status == VerdictStatus.Pass)} passed, {failed} failed, {verdicts.Count(v => v.Status == VerdictStatus.NoBaseline)} without baseline, {verdicts.Count(v => v.Status == VerdictStatus.NotComparable)} not comparable{(nothingJudged == 0 ? "" : $", {nothingJudged} judged nothing")}"));
        if (failed == 0 && unjudged > 0 && settings.IsStrict)
        {
            Console.WriteLine($"strict: {unjudged} run(s) could not be judged, which fails the check (--lenient reports them instead)");
        }

        return failed > 0 || (unjudged > 0 && settings.IsStrict) ? 1 : 0;
    }

    private static void Print(RunVerdict verdict)
    {
        var label = verdict.Status switch
        {
            VerdictStatus.Pass => "PASS",
            VerdictStatus.Fail => "FAIL",
            VerdictStatus.NotComparable => "NOT COMPARABLE",
            VerdictStatus.NotApplicable => "NOTHING TO JUDGE",
            VerdictStatus.NothingJudged => "NOTHING JUDGED",
            _ => "NO BASELINE",
        };
        Console.WriteLine($"{label} {verdict.Key} (run {verdict.RunIndex.ToString(CultureInfo.InvariantCulture)})");
        foreach (var violation in verdict.Violations)
        {
            // Snapshot violations carry a multi-line diff; indent it under its bullet.
            Console.WriteLine($"  - {violation.Message.Replace("\n", "\n      ", StringComparison.Ordinal)}");
            Console.WriteLine($"    {violation.HowToApprove}");
        }

        if (verdict.NotComparableReason is not null)
        {
            Console.WriteLine($"  not comparable: {verdict.NotComparableReason}");
        }

        if (verdict.NoBaselineReason is not null)
        {
            Console.WriteLine($"  missing: {verdict.NoBaselineReason}");
        }

        foreach (var skipped in verdict.Skipped)
        {
            Console.WriteLine($"  skipped: {skipped}");
        }

        foreach (var note in verdict.Notes)
        {
            Console.WriteLine($"  note: {note}");
        }
    }
}
