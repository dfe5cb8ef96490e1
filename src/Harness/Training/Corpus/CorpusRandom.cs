using Llama2Validation.Harness.Models.Weights;

namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>
/// A sequential SplitMix64 stream. System.Random's seeded algorithm is not promised to stay the same
/// across .NET versions; the corpus must, because its bytes are pinned by a test and a version number.
/// </summary>
internal sealed class CorpusRandom(ulong seed)
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15;

    private ulong state = CounterRandom.Mix(seed);

    public ulong NextWord()
    {
        state += GoldenGamma;
        return CounterRandom.Mix(state);
    }

    /// <summary>Uniform in [0, count); the modulo bias is below 2^-40 for the small counts used here.</summary>
    public int Next(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)(NextWord() % (ulong)count);
    }

    public int Between(int low, int highInclusive) => low + Next(highInclusive - low + 1);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items in random order.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var indices = Enumerable.Range(0, items.Count).ToList();
        var picked = new List<T>(count);
        for (var i = 0; i < count && indices.Count > 0; i++)
        {
            var at = Next(indices.Count);
            picked.Add(items[indices[at]]);
            indices.RemoveAt(at);
        }

        return picked;
    }
}
