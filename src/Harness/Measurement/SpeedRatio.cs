
namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// A strategy's documents per second over a reference strategy's, both measured side by side on the same
/// machine, model family and workload: unlike an absolute docs/s, it means the same on a fast machine
/// and on a slow one.
/// </summary>
/// <param name="Strategy">The strategy whose speed is judged.</param>
/// <param name="Reference">The strategy it is divided by.</param>
/// <param name="Guards">What a drop of this ratio would mean, for failure messages.</param>
/// <param name="PromisesSpeedUp">
/// The strategy exists to be faster than its reference (quantised weights, flash attention, batching): each
/// run must then show it faster, whatever the recorded floor allows (<see cref="RatioMeasurement.MedianLowerBound"/>).
/// </param>
public sealed record SpeedRatio(string Strategy, string Reference, string Guards, bool PromisesSpeedUp = false)
{
    public override string ToString() => $"{Strategy} / {Reference}";
}
