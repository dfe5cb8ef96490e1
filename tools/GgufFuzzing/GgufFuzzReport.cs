namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>The figures of one fuzz run.</summary>
/// <param name="InputsRun">Inputs fed to the reader (fewer than asked only when a hang stopped the run).</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="Accepted">Inputs the validator passed (mutations that kept the file sound).</param>
/// <param name="Refused">Inputs refused with at least one problem.</param>
/// <param name="ProblemKinds">For each problem kind, how many inputs were refused with it.</param>
/// <param name="Mutations">How often each mutation was applied.</param>
/// <param name="Findings">Crashes, hangs, over-allocations and invariant breaks (empty is the goal).</param>
/// <param name="FindingCount">All findings, including those past the per-kind cap on saved files.</param>
/// <param name="MaxAllocatedBytes">The most one input made the reader and validator allocate.</param>
/// <param name="MaxAllocatedInput">The input number that allocated it.</param>
/// <param name="SlowestInput">The longest one input took.</param>
/// <param name="SlowestInputNumber">The input number that took it.</param>
/// <param name="SeedNames">The files mutated.</param>
/// <param name="Stopped">True when a hang ended the run early (a hung thread cannot be stopped).</param>
public sealed record GgufFuzzReport(
    long InputsRun,
    TimeSpan Elapsed,
    long Accepted,
    long Refused,
    IReadOnlyDictionary<GgufValidationProblemKind, long> ProblemKinds,
    IReadOnlyDictionary<GgufMutation, long> Mutations,
    IReadOnlyList<GgufFuzzFinding> Findings,
    long FindingCount,
    long MaxAllocatedBytes,
    long MaxAllocatedInput,
    TimeSpan SlowestInput,
    long SlowestInputNumber,
    IReadOnlyList<string> SeedNames,
    bool Stopped)
{
    public double InputsPerSecond => Elapsed > TimeSpan.Zero ? InputsRun / Elapsed.TotalSeconds : 0;

    public bool Clean => FindingCount == 0 && !Stopped;
}
