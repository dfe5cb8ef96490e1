using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Approval.Diff;
using Llama2Validation.Harness.GateWorkflow;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>
/// <c>l2v approve [--kind K] [--class C] [--strategy S] [--model M] [--list]</c>: a person accepts received
/// snapshots and baseline proposals. Refused under CI, where approving would bless every regression, and in a GPU runner's suite root.
/// Plain text output: diffs and paths must not be wrapped to the console width.
/// </summary>
internal sealed class ApproveCommand : Command<ApproveSettings>
{
    public override int Execute(CommandContext context, ApproveSettings settings, CancellationToken cancellationToken)
    {
        var approver = new Approver(settings.Baselines ?? RepositoryLayout.Current.BaselinesFolder);
        if (!settings.List && ContinuousIntegration.IsDetected())
        {
            Console.Error.WriteLine("refused: approving is a person's act and CI is set; review the received files locally and run `l2v approve` there (or use --list here).");
            return 1;
        }

        // A runner's suite root is where proposals are made; approving there would bless what no one looked at.
        if (!settings.List && GateRoot.IsRunnerRoot(Path.GetDirectoryName(approver.Root) ?? approver.Root))
        {
            Console.Error.WriteLine($"refused: {approver.Root} belongs to a runner's suite root ({GateRoot.MarkerName}); carry the proposal home (`l2v gate propose`) and run `l2v approve` in your checkout.");
            return 1;
        }

        var results = settings.List
            ? approver.Pending(settings.Filter)
            : settings.Files.Length > 0
                ? settings.Files.Select(approver.ApproveFile).ToList()
                : approver.Approve(settings.Filter);

        if (results.Count == 0)
        {
            Console.WriteLine(settings.List ? "No received files pending." : "Nothing to approve: no received files match.");
            return 0;
        }

        string Display(string path) => Path.GetRelativePath(Path.GetDirectoryName(approver.Root) ?? approver.Root, path).Replace('\\', '/');
        foreach (var item in results)
        {
            Console.WriteLine((settings.List ? "pending " : "") + item.Describe(Display));
            if (item.Change == ApprovalChange.Changed)
            {
                Console.WriteLine(Indent(item.Diff.Text));
                if (settings.Diff)
                {
                    DiffTool.TryOpen(item.ReceivedPath, item.VerifiedPath);
                }
            }
        }

        var counts = Enum.GetValues<ApprovalChange>()
            .Select(change => (change, count: results.Count(r => r.Change == change)))
            .Where(c => c.count > 0)
            .Select(c => $"{c.count} {c.change.ToString().ToLowerInvariant()}");
        Console.WriteLine((settings.List ? "Pending: " : "Approved: ") + string.Join(", ", counts));
        return results.Any(r => r.Change == ApprovalChange.Refused) ? 1 : 0;
    }

    private static string Indent(string text) =>
        string.Join('\n', LineDiff.SplitLines(text).Select(line => "    " + line));
}
