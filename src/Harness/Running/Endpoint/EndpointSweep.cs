namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// The load points of a serving sweep, as vLLM's benchmark_serving users drive them: every
/// concurrency × every request rate, in the order given. Without a rate every request is ready at
/// once; with a rate and no concurrency the client caps nothing (every document may be in flight).
/// </summary>
public static class EndpointSweep
{
    public static IReadOnlyList<EndpointSpec> Points(EndpointSpec template, IReadOnlyList<int>? concurrencies, IReadOnlyList<double>? rates, int documents)
    {
        ArgumentNullException.ThrowIfNull(template);
        IReadOnlyList<double?> rateAxis = rates is { Count: > 0 } ? [.. rates.Select(r => (double?)r)] : [null];
        IReadOnlyList<int> concurrencyAxis = concurrencies is { Count: > 0 }
            ? concurrencies
            : [rates is { Count: > 0 } ? Math.Max(1, documents) : template.Concurrency];
        return [.. concurrencyAxis.SelectMany(c => rateAxis.Select(r => template with { Concurrency = c, RequestRate = r }))];
    }
}
