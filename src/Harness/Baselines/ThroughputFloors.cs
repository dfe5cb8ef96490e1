namespace Llama2Validation.Harness.Baselines;

/// <summary>The speed figures a run must keep; a figure left null is not checked.</summary>
public sealed record ThroughputFloors
{
    /// <summary>Documents per second over generation time (higher is better).</summary>
    public MeasuredFigure? DocsPerSecond { get; init; }

    /// <summary>Decode tokens per second (higher is better).</summary>
    public MeasuredFigure? DecodeTokensPerSecond { get; init; }

    /// <summary>90th percentile time to first token, a ceiling (lower is better).</summary>
    public MeasuredFigure? TimeToFirstTokenP90Seconds { get; init; }
}
