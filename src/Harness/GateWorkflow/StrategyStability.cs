namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>
/// Whether one strategy's greedy outputs were the same token for token in every recording pass: only
/// then is its output a snapshot worth approving.
/// </summary>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Passes">How many passes ran it.</param>
/// <param name="Documents">Documents of the first pass, the ones compared.</param>
/// <param name="Differing">Ids of documents whose token ids differ in some pass from the first, or that a later pass lacks.</param>
public sealed record StrategyStability(string Strategy, int Passes, int Documents, IReadOnlyList<string> Differing)
{
    /// <summary>Identical in every pass, and seen in more than one: a single pass proves nothing.</summary>
    public bool Identical => Differing.Count == 0 && Passes > 1;

    public string Describe()
    {
        var verdict = Passes < 2
            ? "one pass only, stability unknown"
            : Differing.Count == 0
                ? "identical"
                : $"{Differing.Count} documents differ ({string.Join(", ", Differing.Take(5))})";
        return $"{Strategy}: {Passes} passes, {Documents} documents, {verdict}";
    }
}
