using System.Globalization;
using Llama2Validation.Harness.Memory.Layouts;

namespace Llama2Validation.Cli.Commands.MemoryPlanning;

/// <summary>The planner's candidates for one card as a plain-text table, the choice first (formatting only).</summary>
internal static class LayoutPrinter
{
    public static void Plan(LayoutPlan plan)
    {
        var choice = plan.Choice;
        Console.WriteLine(Invariant($"card {plan.CardMiB} MiB, budget {plan.BudgetMiB} MiB ({LayoutPlanner.Margin:P0} margin), workload {plan.Workload.Name} ({plan.Workload.Documents} documents, {plan.Workload.NewTokens} new tokens), batch {LayoutPlanner.BatchSize}/{LayoutPlanner.MicroBatchSize}, flash attention"));
        Console.WriteLine(Invariant($"choice: {choice.Layout} — predicted {choice.Prediction.TotalMiB} MiB, {choice.ConcurrentDocuments} documents at once, speed {choice.RelativeSpeed:F3}{(choice.Fits ? "" : " (nothing fits the budget: the smallest layout, expected out-of-memory)")}"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"{"",2}{"layout",-36} {"predicted MiB",13} {"of card",8} {"at once",7} {"speed",6}  fit"));
        foreach (var candidate in plan.Candidates)
        {
            var mark = ReferenceEquals(candidate, choice) ? "* " : "  ";
            var share = (double)candidate.Prediction.TotalMiB / plan.CardMiB;
            Console.WriteLine(Invariant($"{mark}{candidate.Layout,-36} {candidate.Prediction.TotalMiB,13} {share,8:P1} {candidate.ConcurrentDocuments,7} {candidate.RelativeSpeed,6:F3}  {(candidate.Fits ? "fits" : "over budget")}"));
        }

        Console.WriteLine();
        Console.WriteLine("speed: docs/s relative to F16 weights, F16 KV, every document at once in one context (LayoutSpeedModel; docs/memory.md).");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
