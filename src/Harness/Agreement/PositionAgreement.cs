namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// How a strategy's next-token distribution at one position compares with the stored reference's.
/// <para>
/// KL(reference ‖ strategy) is computed over the reference's stored top-k tokens plus one more outcome,
/// "any other token", whose probability is what the top-k leave on each side. Merging outcomes never
/// raises a KL divergence (the log-sum inequality), so this is a lower bound of the full-vocabulary KL,
/// tight where the reference puts nearly all its mass on the stored tokens (the trained summariser: the
/// rest is below 1e-3 at most positions). A strategy that moves mass among tokens the reference thinks
/// unlikely is not seen; one that moves it away from, or among, the likely ones is.
/// </para>
/// </summary>
public readonly record struct PositionAgreement(double KlDivergence, int StrategyTop, bool TopAgrees)
{
    /// <summary>Probability below which the "rest" outcome is left out: its term is then below 1e-12 nats.</summary>
    private const double NegligibleMass = 1e-12;

    /// <param name="reference">The reference's stored distribution at this position.</param>
    /// <param name="referenceToken">The token the reference picked here (its greedy continuation).</param>
    /// <param name="strategyLogits">The strategy's raw logits over the whole vocabulary at the same position.</param>
    public static PositionAgreement Measure(ReferencePosition reference, int referenceToken, ReadOnlySpan<float> strategyLogits)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var top = IndexOfMax(strategyLogits);
        var normaliser = LogSumExp(strategyLogits, strategyLogits[top]);
        double kl = 0, strategyStoredMass = 0;
        for (var i = 0; i < reference.Ids.Count; i++)
        {
            var id = reference.Ids[i];
            if ((uint)id >= (uint)strategyLogits.Length)
            {
                throw new InvalidDataException($"the stored reference names token {id}, beyond this model's vocabulary of {strategyLogits.Length}");
            }

            var strategyLog = strategyLogits[id] - normaliser;
            strategyStoredMass += Math.Exp(strategyLog);
            var referenceLog = reference.LogProbabilities[i];
            kl += Math.Exp(referenceLog) * (referenceLog - strategyLog);
        }

        var referenceRest = reference.RestMass;
        if (referenceRest > NegligibleMass)
        {
            var strategyRest = Math.Max(1 - strategyStoredMass, double.Epsilon);
            kl += referenceRest * (Math.Log(referenceRest) - Math.Log(strategyRest));
        }

        // Rounding of the stored log-probabilities can leave a true zero a hair below it.
        return new PositionAgreement(Math.Max(0, kl), top, top == referenceToken);
    }

    /// <summary>The top-k of a distribution as the reference stores it: log-probabilities, most likely first.</summary>
    public static ReferencePosition TopOf(ReadOnlySpan<float> logits, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var top = IndexOfMax(logits);
        var normaliser = LogSumExp(logits, logits[top]);
        var chosen = new List<(int Id, float Logit)>(k + 1);
        for (var id = 0; id < logits.Length; id++)
        {
            var logit = logits[id];
            if (chosen.Count == k && logit <= chosen[^1].Logit)
            {
                continue;
            }

            // Ties keep the lower id first, as the greedy pick (first maximum) does.
            var at = chosen.FindIndex(c => c.Logit < logit);
            chosen.Insert(at < 0 ? chosen.Count : at, (id, logit));
            if (chosen.Count > k)
            {
                chosen.RemoveAt(k);
            }
        }

        return new ReferencePosition([.. chosen.Select(c => c.Id)], [.. chosen.Select(c => Math.Round(c.Logit - normaliser, 6))]);
    }

    /// <summary>The first maximum, as the greedy pick takes it.</summary>
    private static int IndexOfMax(ReadOnlySpan<float> logits)
    {
        var best = 0;
        for (var i = 1; i < logits.Length; i++)
        {
            if (logits[i] > logits[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static double LogSumExp(ReadOnlySpan<float> logits, float maximum)
    {
        double sum = 0;
        foreach (var logit in logits)
        {
            sum += Math.Exp(logit - maximum);
        }

        return maximum + Math.Log(sum);
    }
}
