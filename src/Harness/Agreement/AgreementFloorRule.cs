using System.Globalization;

namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// How proposed agreement floors follow from what was measured. The CPU run is deterministic for one
/// build (one thread, the AVX2 kernels), so the slack is not for noise between runs but for what may
/// honestly differ elsewhere: a llama.cpp or compiler change that moves low bits, another machine's
/// kernels. Each floor is the recorded figure times <see cref="KlFactor"/> plus a fixed
/// <see cref="KlSlack"/> for KL, and the recorded top-1 share less <see cref="Top1Slack"/>.
/// </summary>
public static class AgreementFloorRule
{
    /// <summary>A KL half again the recorded one is a real change in what the strategy computes.</summary>
    public const double KlFactor = 1.5;

    /// <summary>
    /// Nats per position, for strategies that match the reference to rounding (default) or compute the same
    /// F16 numbers in another order (flash attention: 1.0e-5 mean, 1.4e-4 p99 on the CPU, 2026-12-08): five
    /// times that reordering, so a llama.cpp or compiler change that moves low bits passes, while keys stored
    /// at Q8_0 (2.3e-4 mean, 3.2e-3 p99 on the default strategy) fail it four times over.
    /// </summary>
    public const double KlSlack = 5e-5;

    /// <summary>The 99th percentile moves with a handful of positions, so its fixed slack is larger.</summary>
    public const double P99KlSlack = 5e-4;

    /// <summary>Two points of positions may change their top token before the floor fails.</summary>
    public const double Top1Slack = 0.02;

    public static AgreementFloors Propose(AgreementFigures recorded, string referenceSha256)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return new AgreementFloors
        {
            Strategy = recorded.Strategy,
            ReferenceSha256 = referenceSha256,
            Recorded = recorded,
            MeanKlMaximum = Round((recorded.MeanKl * KlFactor) + KlSlack),
            P99KlMaximum = Round((recorded.P99Kl * KlFactor) + P99KlSlack),
            Top1Minimum = Math.Round(Math.Max(0, recorded.Top1 - Top1Slack), 4, MidpointRounding.ToZero),
            Rule = string.Create(CultureInfo.InvariantCulture, $"KL: recorded × {KlFactor} + {KlSlack} (p99: + {P99KlSlack}); top-1: recorded − {Top1Slack}"),
        };
    }

    private static double Round(double value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);
}
