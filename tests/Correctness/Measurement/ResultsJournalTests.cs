using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Measurement;

public sealed class ResultsJournalTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-journal-").FullName;

    [Fact]
    public void A_crashed_run_s_finished_documents_come_back_as_a_cancelled_run()
    {
        var journal = new ResultsJournal(folder);
        journal.Begin(StrategyCatalog.Default, new RunMetadata { DatasetHash = "d" }, [new DocumentResult { Id = "earlier" }]);
        journal.Append(new DocumentResult { Id = "a", Outcome = DocumentOutcome.Ok });
        journal.Append(new DocumentResult { Id = "b", Outcome = DocumentOutcome.Error });
        File.AppendAllText(journal.Path, "{\"document\":{\"id\":\"cut sh");

        var run = new ResultsJournal(folder).InProgress();

        run.Should().NotBeNull();
        run!.Outcome.Should().Be(RunOutcome.Cancelled);
        run.Spec.Should().Be(StrategyCatalog.Default);
        run.Metadata.DatasetHash.Should().Be("d");
        run.Documents.Select(d => d.Id).Should().Equal("earlier", "a", "b");
        run.CompletedCount.Should().Be(2);
    }

    [Fact]
    public void No_journal_or_a_cleared_one_holds_no_run()
    {
        var journal = new ResultsJournal(folder);
        journal.InProgress().Should().BeNull();

        journal.Begin(StrategyCatalog.Default, new RunMetadata(), []);
        journal.Clear();

        journal.InProgress().Should().BeNull();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
