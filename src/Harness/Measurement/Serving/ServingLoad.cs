namespace Llama2Validation.Harness.Measurement.Serving;

/// <summary>The load a serving run was driven at: requests in flight at most, and how they arrived.</summary>
public sealed record ServingLoad
{
    /// <summary>Requests in flight at most (the client's cap; the server may queue them further).</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>Mean arrivals per second of a seeded Poisson process; null when every request was ready at once.</summary>
    public double? RequestRate { get; init; }

    /// <summary>The arrival process's seed (meaningful with <see cref="RequestRate"/>).</summary>
    public int? ArrivalSeed { get; init; }

    /// <summary>How the load is written in strategy names and charts: c4, c100-r2, c1-r0.5.</summary>
    public string Label => RequestRate is { } rate
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"c{Concurrency}-r{rate:0.###}")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"c{Concurrency}");
}
