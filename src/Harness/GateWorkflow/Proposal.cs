using Llama2Validation.Harness.Baselines.Checking;

namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>What <see cref="ProposalWorkflow"/> made of a class's recording passes.</summary>
/// <param name="HardwareClass">The class recorded.</param>
/// <param name="Passes">The pass folders read, in order.</param>
/// <param name="Stability">Per strategy, whether its greedy outputs were identical in every pass.</param>
/// <param name="Verdicts">The merged passes judged against the suite root's baselines.</param>
/// <param name="ReceivedFiles">The received files handed back, relative to the proposal folder (baselines/CLASS/…).</param>
/// <param name="Withheld">Received snapshots removed because their strategy's outputs were not stable.</param>
/// <param name="Folder">The proposal folder: the received files under baselines/ and summary.md.</param>
public sealed record Proposal(
    string HardwareClass,
    IReadOnlyList<string> Passes,
    IReadOnlyList<StrategyStability> Stability,
    IReadOnlyList<RunVerdict> Verdicts,
    IReadOnlyList<string> ReceivedFiles,
    IReadOnlyList<string> Withheld,
    string Folder)
{
    public const string SummaryName = "summary.md";

    public string SummaryPath => Path.Combine(Folder, SummaryName);
}
