namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>Whether a figure regresses by falling (throughput, quality) or by rising (latency).</summary>
public enum FigureDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
