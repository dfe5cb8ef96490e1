namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>A check that did not run, and why (spelled out in verdicts and test skips).</summary>
public sealed record SkippedCheck(string Figure, string Reason)
{
    public override string ToString() => $"{Figure} not checked: {Reason}";
}
