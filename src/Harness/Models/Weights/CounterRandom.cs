using System.Text;

namespace Llama2Validation.Harness.Models.Weights;

/// <summary>
/// A counter-based generator: word n of a stream is SplitMix64's output for counter n, so any part of a
/// tensor can be produced independently of the others (parallel chunks, same bytes in any order).
/// </summary>
public readonly record struct CounterRandom(ulong Key)
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15;

    /// <summary>A stream keyed by the model seed and the tensor's name, independent of tensor order.</summary>
    public static CounterRandom ForTensor(ulong seed, string tensorName) =>
        new(Mix(seed ^ Mix(Fnv1a(tensorName))));

    public ulong Word(ulong counter) => Mix(Key + ((counter + 1) * GoldenGamma));

    /// <summary>SplitMix64's finaliser: a bijective mix with full avalanche.</summary>
    public static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EB;
        return value ^ (value >> 31);
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 0xCBF29CE484222325;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 0x100000001B3;
        }

        return hash;
    }
}
