namespace Llama2Validation.Harness.Measurement;

/// <summary>Where a run's greedy tokens were picked from the logits.</summary>
public enum GreedyPickSite
{
    /// <summary>On the host: every sequence's logits copied out of the decode and scanned there.</summary>
    Host,

    /// <summary>Inside llama.cpp's decode graph, on the device holding the logits; only token ids come back.</summary>
    Backend,
}
