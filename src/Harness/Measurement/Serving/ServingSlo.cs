namespace Llama2Validation.Harness.Measurement.Serving;

/// <summary>
/// Service-level objectives for goodput: a request counts as good when its time to first token and
/// its time per output token are both within these; a load point meets the SLO when both p90s are.
/// </summary>
public sealed record ServingSlo
{
    public static ServingSlo Default { get; } = new();

    public double TimeToFirstTokenSeconds { get; init; } = 2.0;

    public double TimePerOutputTokenSeconds { get; init; } = 0.100;
}
