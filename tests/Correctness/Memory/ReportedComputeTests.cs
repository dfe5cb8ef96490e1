using System.Globalization;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Memory;

/// <summary>The compute and KV estimates against what llama.cpp reported for real loads (saved in TestFiles).</summary>
public sealed class ReportedComputeTests
{
    public static TheoryData<string> Rows()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Memory", "TestFiles", "reported-compute.txt");
        var rows = new TheoryData<string>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'))
        {
            rows.Add(line);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_kv_cache_matches_exactly_and_the_compute_buffer_within_5_percent_or_above(string row)
    {
        var (model, configuration, reportedCompute, reportedKv) = Parse(row);

        var kv = MemorySizes.ToMiB(KvCacheEstimate.Bytes(model, configuration));
        var compute = MemorySizes.ToMiB(ComputeBufferEstimate.Bytes(model, configuration));

        kv.Should().BeApproximately(reportedKv, 0.01);
        // Where attention or the output dominates the estimate is within 5%; the feed-forward point is
        // conservative on narrow-FFN shapes, so there only "never below" is promised.
        compute.Should().BeGreaterThanOrEqualTo(reportedCompute * 0.95);
        if (model.FeedForwardLength > model.EmbeddingLength)
        {
            compute.Should().BeApproximately(reportedCompute, reportedCompute * 0.05);
        }
    }

    private static (ModelFootprint Model, MemoryConfiguration Configuration, double Compute, double Kv) Parse(string row)
    {
        var parts = row.Split('|', StringSplitOptions.TrimEntries);
        var s = parts[0].Split(',');
        int I(string text) => int.Parse(text, CultureInfo.InvariantCulture);
        var shape = new ModelShape(s[0], I(s[1]), I(s[2]), I(s[3]), I(s[4]), I(s[5]), I(s[6]), I(s[7]), 1e-5f, 10000f);
        var c = parts[1].Split(' ');
        var configuration = new MemoryConfiguration
        {
            ContextPerSequence = I(c[0]),
            ParallelSequences = I(c[1]),
            FlashAttention = c[2] == "1",
            MicroBatchSize = I(c[3]),
            BatchSize = I(c[4]),
            KvCache = Enum.Parse<KvCacheType>(c[5]),
        };
        var reported = parts[2].Split(' ');
        return (ModelFootprint.FromShape(shape, WeightType.F16), configuration,
            double.Parse(reported[0], CultureInfo.InvariantCulture), double.Parse(reported[1], CultureInfo.InvariantCulture));
    }
}
