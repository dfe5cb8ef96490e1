using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>
/// A real `l2v run` stopped from outside or crowded by another: SIGTERM (what a CI job's timeout sends)
/// cancels like Ctrl+C, and a second run into the same --out is refused rather than overwriting the first.
/// Each run is long enough (400 short documents) that it is still running when the test acts.
/// </summary>
public sealed class InterruptedRunTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly string folder = Directory.CreateTempSubdirectory("l2v-interrupted- ü ").FullName;

    [Fact]
    public async Task Sigterm_cancels_the_run_stops_its_worker_and_keeps_the_finished_documents()
    {
        using var run = RunningProcess.Start(LongRun("--force"));
        (await run.WaitForOutputAsync("default: 3 ", Patience)).Should().BeTrue(run.Output);
        var workers = run.Workers();
        workers.Should().NotBeEmpty(run.Output);

        run.Signal("TERM");
        var exitCode = await run.WaitForExitAsync(Patience);

        exitCode.Should().Be(143, run.Output);
        run.Output.Should().Contain("Cancelled.").And.Contain("--resume").And.Contain("--force");
        var kept = ResultsStore.Previous(folder).Should().ContainSingle().Subject;
        kept.Outcome.Should().Be(RunOutcome.Cancelled);
        kept.CompletedCount.Should().BeGreaterThanOrEqualTo(3, "the documents printed before the signal were finished");
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        workers.Where(RunningProcess.IsAlive).Should().BeEmpty("an orphaned worker would run every remaining document for nobody");
    }

    [Fact]
    public async Task A_second_run_into_the_same_out_is_refused_and_the_first_keeps_its_results()
    {
        using var first = RunningProcess.Start(LongRun("--force"));
        (await first.WaitForOutputAsync("default: 1 ", Patience)).Should().BeTrue(first.Output);

        var second = await Support.L2vProcess.RunAsync(
            ["run", "--strategy", "8-bit", "--dataset", "smoke", "--limit", "1", "--out", folder, "--force", "--no-report"], timeout: Patience);

        second.ShouldBeOneClearLine("another l2v run is writing into", folder);
        first.Signal("INT");
        (await first.WaitForExitAsync(Patience)).Should().Be(130, first.Output);
        ResultsStore.Previous(folder).Should().ContainSingle().Which.Strategy.Should().Be("default", "the refused run touched nothing");
    }

    [Fact]
    public async Task A_second_sigterm_ends_a_run_stuck_where_cancellation_cannot_reach()
    {
        // A named pipe nobody writes to: opening it blocks in the kernel, where no cancellation token reaches.
        var pipe = Path.Combine(folder, "never-written.jsonl");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        using var run = RunningProcess.Start("run", "--dataset", pipe, "--out", Path.Combine(folder, "out"), "--no-report");
        await Task.Delay(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        run.Signal("TERM");
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        run.Signal("TERM");

        var exitCode = await run.WaitForExitAsync(TimeSpan.FromSeconds(30));

        exitCode.Should().Be(143, run.Output);
    }

    [Fact]
    public async Task A_model_that_is_a_device_is_refused_instead_of_read_forever()
    {
        var result = await Support.L2vProcess.RunAsync(
            ["run", "--model", "/dev/zero", "--strategy", "default", "--dataset", "smoke", "--limit", "1", "--out", Path.Combine(folder, "out"), "--no-report"],
            timeout: TimeSpan.FromSeconds(60));

        result.ShouldBeOneClearLine("--model: '/dev/zero' is empty or not a regular file");
    }

    private string[] LongRun(params string[] options) =>
        ["run", "--strategy", "default", "--dataset", "uniform", "--uniform", "400x48", "--force-new-tokens", "8", "--out", folder, "--no-report", .. options];

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
