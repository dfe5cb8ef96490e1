
namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>The speed figures a run must keep; a figure left null is not checked.</summary>
public sealed record ThroughputFloors
{
    /// <summary>Documents per second over generation time (higher is better).</summary>
    public MeasuredFigure? DocsPerSecond { get; init; }

    /// <summary>Decode tokens per second (higher is better).</summary>
    public MeasuredFigure? DecodeTokensPerSecond { get; init; }

    /// <summary>90th percentile time to first token, a ceiling (lower is better).</summary>
    public MeasuredFigure? TimeToFirstTokenP90Seconds { get; init; }

    /// <summary>Endpoint runs: output tokens per second of wall time at the key's load point (higher is better).</summary>
    public MeasuredFigure? OutputTokensPerSecond { get; init; }

    /// <summary>Endpoint runs: 99th percentile time to first token, a ceiling.</summary>
    public MeasuredFigure? TimeToFirstTokenP99Seconds { get; init; }

    /// <summary>Endpoint runs: 90th percentile time per output token, a ceiling.</summary>
    public MeasuredFigure? TimePerOutputTokenP90Seconds { get; init; }

    /// <summary>Endpoint runs: 99th percentile time per output token, a ceiling.</summary>
    public MeasuredFigure? TimePerOutputTokenP99Seconds { get; init; }

    /// <summary>
    /// Documents per CPU-second over <see cref="SpeedRatioReference"/>'s, measured side by side (see
    /// <see cref="CpuSpeedRatios"/>): the CPU gate's speed check, which means the same on any machine.
    /// </summary>
    public MeasuredFigure? SpeedRatio { get; init; }

    /// <summary>The strategy <see cref="SpeedRatio"/> divides by.</summary>
    public string? SpeedRatioReference { get; init; }
}
