using Llama2Validation.Harness.Running.Endpoint;

namespace Llama2Validation.Tests.Correctness.Endpoint;

public sealed class ArrivalScheduleTests
{
    [Fact]
    public void Poisson_arrivals_are_seeded_start_at_once_and_average_the_rate()
    {
        var schedule = ArrivalSchedule.Poisson(2000, 4, seed: 7);

        schedule[0].Should().Be(TimeSpan.Zero);
        schedule.Should().BeInAscendingOrder();
        ArrivalSchedule.Poisson(2000, 4, seed: 7).Should().Equal(schedule, "one seed, one schedule");
        ArrivalSchedule.Poisson(2000, 4, seed: 8).Should().NotEqual(schedule);
        (schedule[^1].TotalSeconds / (schedule.Count - 1)).Should().BeApproximately(0.25, 0.02, "a mean gap of 1/rate");
        var gaps = schedule.Zip(schedule.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        gaps.Count(g => g < 0.25).Should().BeInRange(1150, 1380, "exponential gaps: 1 − e⁻¹ ≈ 63% fall below the mean");
    }
}
