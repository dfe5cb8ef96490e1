using Llama2Validation.Harness.Metrics;

namespace Llama2Validation.Tests.Correctness.Metrics;

public sealed class NumpyRandomStateTests
{
    [Fact]
    public void NextUInt32_MatchesTheMt19937Reference()
    {
        // init_genrand(5489) is the reference implementation's default seed; its first outputs are published.
        var random = new NumpyRandomState(5489);

        random.NextUInt32().Should().Be(3499211612u);
        random.NextUInt32().Should().Be(581869302u);
    }

    [Fact]
    public void NextUInt32_KeepsMatchingAcrossTheStateRefill()
    {
        // Seed 0: outputs 1 to 4 and 625 (the first after regenerating the 624-word state), from CPython's
        // MT19937 given the same init_genrand state.
        var random = new NumpyRandomState(0);
        var outputs = new uint[625];
        for (var i = 0; i < outputs.Length; i++)
        {
            outputs[i] = random.NextUInt32();
        }

        outputs[..4].Should().Equal(2357136044u, 2546248239u, 3071714933u, 3626093760u);
        outputs.Distinct().Should().HaveCount(625);
    }

    [Fact]
    public void NextDouble_MatchesNumpySeedZero()
    {
        // np.random.seed(0); np.random.rand() -> 0.5488135039273248
        new NumpyRandomState(0).NextDouble().Should().Be(0.5488135039273248);
    }

    [Fact]
    public void NextIndex_MatchesNumpysLegacyRandint()
    {
        // np.random.seed(0); np.random.randint(0, 10, 5) -> [5, 0, 3, 3, 7]. With mask 15 the first two draws
        // (2357136044 & 15 = 12, 2546248239 & 15 = 15) are above 9 and rejected; 3071714933 & 15 = 5.
        var random = new NumpyRandomState(0);

        Enumerable.Range(0, 5).Select(_ => random.NextIndex(10)).Should().Equal(5, 0, 3, 3, 7);
    }

    [Fact]
    public void NextIndex_OfOne_DrawsNothing()
    {
        var random = new NumpyRandomState(0);
        random.NextIndex(1).Should().Be(0);

        random.NextUInt32().Should().Be(2357136044u);
    }
}
