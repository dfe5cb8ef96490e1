using System.Globalization;
using System.Text;
using Llama2Validation.Harness.Baselines.Checking;

namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>The proposal's summary.md: what was recorded, what is proposed, and what a person does with it.</summary>
public static class ProposalSummary
{
    public static string Format(Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line($"# Proposal for {proposal.HardwareClass}");
        Line();
        Line(string.Create(CultureInfo.InvariantCulture, $"{proposal.Passes.Count} recording passes: {string.Join(", ", proposal.Passes.Select(Path.GetFileName))}."));
        Line();
        Line("## Greedy outputs, pass by pass (token ids)");
        Line();
        foreach (var strategy in proposal.Stability)
        {
            Line("- " + strategy.Describe());
        }

        Line();
        Line("## Verdicts of the passes together against the runner's baselines");
        Line();
        foreach (var group in proposal.Verdicts.GroupBy(v => v.Key).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var statuses = string.Join(", ", group.GroupBy(v => v.Status).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Count()} {Label(s.Key)}")));
            Line($"- {group.Key}: {statuses}");
            foreach (var message in group.SelectMany(v => v.Violations.Select(violation => violation.Message.Split('\n')[0])).Distinct())
            {
                Line($"  - {message}");
            }
        }

        Line();
        Line("## Received files");
        Line();
        if (proposal.ReceivedFiles.Count == 0)
        {
            Line("None: every figure is within its approved baseline and every snapshot matches.");
        }

        foreach (var file in proposal.ReceivedFiles)
        {
            Line($"- `{file}`");
        }

        foreach (var file in proposal.Withheld)
        {
            Line($"- withheld (outputs differed between passes): `{file}`");
        }

        Line();
        Line("## To approve (on your machine, never on the runner)");
        Line();
        Line("Copy this folder's `baselines/` over your checkout's `baselines/`, then review and approve:");
        Line();
        Line("```");
        Line($"l2v approve --list --class {proposal.HardwareClass}");
        Line($"l2v approve --class {proposal.HardwareClass}");
        Line("```");
        return text.ToString();
    }

    private static string Label(VerdictStatus status) => status switch
    {
        VerdictStatus.Pass => "passed",
        VerdictStatus.Fail => "failed",
        VerdictStatus.NoBaseline => "without baseline",
        VerdictStatus.NotComparable => "not comparable",
        _ => "nothing to judge",
    };
}
