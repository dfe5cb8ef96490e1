using Llama2Validation.Harness.Measurement;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>
/// `l2v run --resume` through the real process: an interrupted run continued is judged over all its
/// documents and marked, and a continuation under other options is refused instead of dropping the
/// earlier runs. The interruption is the journal a Ctrl+C leaves (the product's own writer), so the
/// test does not race a signal against a run of a few hundred milliseconds.
/// </summary>
public sealed class ResumeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-resume-").FullName;

    [Fact]
    public async Task A_resumed_run_is_counted_and_scored_over_all_its_documents_and_marked_resumed()
    {
        var (exitCode, output) = await Run("--force");
        exitCode.Should().Be(0, output);
        var whole = ResultsStore.Previous(folder).Should().ContainSingle().Subject;
        whole.Rouge1F1.Should().NotBeNull();

        // What Ctrl+C after two of three documents leaves: no results.json yet, a journal of two documents.
        File.Delete(Path.Combine(folder, ResultsStore.FileName));
        new ResultsJournal(folder).Begin(whole.Spec, whole.Metadata, whole.Documents.Take(2));

        (exitCode, output) = await Run("--resume");

        exitCode.Should().Be(0, output);
        var resumed = ResultsStore.Previous(folder).Should().ContainSingle().Subject;
        resumed.Documents.Select(d => d.Id).Should().Equal(whole.Documents.Select(d => d.Id));
        resumed.DocumentCount.Should().Be(3);
        resumed.CompletedCount.Should().Be(3);
        resumed.ResumedDocuments.Should().Be(2);
        resumed.Documents.Select(d => d.Output).Should().Equal(whole.Documents.Select(d => d.Output), "greedy decoding repeats itself");
        resumed.Rouge1F1.Should().BeApproximately(whole.Rouge1F1!.Value, 1e-12, "the same three documents, whether run in one piece or two");
        output.Should().Contain("default: resumed: 2 of 3 documents from an earlier invocation");
        File.ReadAllText(Path.Combine(folder, "report.md")).Should().Contain("completed (resumed)");
    }

    [Fact]
    public async Task A_resume_under_other_options_is_refused_naming_the_fields_and_keeps_the_results()
    {
        var (exitCode, output) = await Run("--force");
        exitCode.Should().Be(0, output);
        var before = File.ReadAllText(Path.Combine(folder, ResultsStore.FileName));

        var refused = await Run("--resume", "--context", "512", "--batch", "256");

        refused.ShouldBeOneClearLine("--resume", "default: batchSize recorded 512, now 256", "default: contextPerSequence recorded", "now 512", "--force");
        File.ReadAllText(Path.Combine(folder, ResultsStore.FileName)).Should().Be(before, "nothing is lost");
    }

    [Fact]
    public async Task A_resume_with_another_dataset_or_without_a_strategy_run_before_is_refused()
    {
        var (exitCode, output) = await RunWith(3, ["8-bit"], "--force");
        exitCode.Should().Be(0, output);

        (await RunWith(2, ["8-bit"], "--resume")).ShouldBeOneClearLine("8-bit: dataset recorded");
        (await RunWith(3, ["default"], "--resume")).ShouldBeOneClearLine("8-bit: run before, not selected now");
    }

    private Task<(int ExitCode, string Output)> Run(params string[] options) => RunWith(3, ["default"], options);

    private Task<(int ExitCode, string Output)> RunWith(int limit, string[] strategies, params string[] options) =>
        L2vProcess.RunAsync([
            "run", .. strategies.SelectMany(s => new[] { "--strategy", s }), "--dataset", "smoke", "--limit", $"{limit}",
            "--threads", "1", "--force-new-tokens", "6", "--out", folder, .. options]);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
