namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// The random stream of numpy's legacy global generator after <c>np.random.seed(seed)</c> (MT19937 seeded
/// with init_genrand), with the two draws the bootstrap needs. A seeded aggregate therefore equals what
/// rouge_score's BootstrapAggregator returns after the same <c>np.random.seed</c> call.
/// </summary>
public sealed class NumpyRandomState
{
    private const int StateLength = 624;
    private const int MiddleWord = 397;
    private const uint MatrixA = 0x9908B0DF;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7FFFFFFF;

    private readonly uint[] state = new uint[StateLength];
    private int position;

    public NumpyRandomState(uint seed)
    {
        Seed = seed;
        state[0] = seed;
        for (var i = 1; i < StateLength; i++)
        {
            state[i] = unchecked((1812433253u * (state[i - 1] ^ (state[i - 1] >> 30))) + (uint)i);
        }

        position = StateLength;
    }

    public uint Seed { get; }

    /// <summary>A seed from the operating system's generator, for runs that do not ask for one.</summary>
    public static uint RandomSeed() => (uint)System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue);

    /// <summary>The generator's next 32-bit output (tempered).</summary>
    public uint NextUInt32()
    {
        if (position >= StateLength)
        {
            Twist();
        }

        var y = state[position++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >> 18;
        return y;
    }

    /// <summary>
    /// numpy's legacy <c>randint(0, count)</c>, which <c>choice(n, size)</c> uses: 32-bit draws masked to
    /// the smallest all-ones value covering count - 1, rejected while above it. No draw when count is 1.
    /// </summary>
    public int NextIndex(int count)
    {
        Span<int> index = stackalloc int[1];
        FillIndices(index, count);
        return index[0];
    }

    /// <summary>Fills <paramref name="destination"/> with successive <see cref="NextIndex"/> draws.</summary>
    public void FillIndices(Span<int> destination, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var largest = (uint)(count - 1);
        if (largest == 0)
        {
            destination.Clear();
            return;
        }

        var mask = largest;
        mask |= mask >> 1;
        mask |= mask >> 2;
        mask |= mask >> 4;
        mask |= mask >> 8;
        mask |= mask >> 16;
        for (var i = 0; i < destination.Length; i++)
        {
            uint value;
            do
            {
                value = NextUInt32() & mask;
            }
            while (value > largest);

            destination[i] = (int)value;
        }
    }

    /// <summary>numpy's legacy <c>random_sample()</c>: 53 random bits from two draws.</summary>
    public double NextDouble()
    {
        var high = NextUInt32() >> 5;
        var low = NextUInt32() >> 6;
        return ((high * 67108864.0) + low) / 9007199254740992.0;
    }

    private void Twist()
    {
        for (var i = 0; i < StateLength; i++)
        {
            var y = (state[i] & UpperMask) | (state[(i + 1) % StateLength] & LowerMask);
            var next = state[(i + MiddleWord) % StateLength] ^ (y >> 1);
            state[i] = (y & 1) == 0 ? next : next ^ MatrixA;
        }

        position = 0;
    }
}
