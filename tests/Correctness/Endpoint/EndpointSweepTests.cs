using Llama2Validation.Harness.Running.Endpoint;

namespace Llama2Validation.Tests.Correctness.Endpoint;

public sealed class EndpointSweepTests
{
    private static readonly EndpointSpec Template = new() { BaseUrl = new Uri("http://127.0.0.1:8000"), Model = "m" };

    [Fact]
    public void Every_concurrency_meets_every_rate_and_names_its_load()
    {
        var points = EndpointSweep.Points(Template, [1, 16], [2, double.PositiveInfinity], documents: 100);

        points.Select(p => p.StrategyName).Should().Equal("endpoint-c1-r2", "endpoint", "endpoint-c16-r2", "endpoint-c16");
        points[0].Load.Should().BeEquivalentTo(new { Concurrency = 1, RequestRate = 2.0, ArrivalSeed = 0 });
        points[1].Load.RequestRate.Should().BeNull("infinity is every request ready at once");
        points.Select(p => p.Strategy.ParallelSequences).Should().Equal(1, 1, 16, 16);
    }

    [Fact]
    public void A_rate_without_a_concurrency_caps_nothing_and_no_option_is_one_point()
    {
        EndpointSweep.Points(Template, null, [1, 4], documents: 100).Select(p => p.StrategyName).Should().Equal("endpoint-c100-r1", "endpoint-c100-r4");
        EndpointSweep.Points(Template, null, null, documents: 100).Should().ContainSingle().Which.StrategyName.Should().Be("endpoint");
    }
}
