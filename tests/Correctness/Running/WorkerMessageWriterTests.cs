using Llama2Validation.Engine.Worker;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running.Worker;

namespace Llama2Validation.Tests.Correctness.Running;

public sealed class WorkerMessageWriterTests
{
    [Fact]
    public void Complete_WritesEveryPostedMessageInOrder()
    {
        using var output = new StringWriter();
        using (var writer = new WorkerMessageWriter(output))
        {
            for (var i = 0; i < 200; i++)
            {
                writer.Post(new WorkerMessage { Kind = WorkerMessageKind.Document, Document = new DocumentResult { Id = $"doc-{i}", Outcome = DocumentOutcome.Ok } });
            }

            writer.Complete();
            var ids = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => WorkerProtocol.TryParse(line.TrimEnd('\r'), out var message) ? message!.Document!.Id : null)
                .ToList();

            ids.Should().Equal(Enumerable.Range(0, 200).Select(i => $"doc-{i}"));
        }
    }

    [Fact]
    public void Dispose_FlushesWhatWasPosted()
    {
        using var output = new StringWriter();
        using (var writer = new WorkerMessageWriter(output))
        {
            writer.Post(new WorkerMessage { Kind = WorkerMessageKind.Finished });
        }

        WorkerProtocol.TryParse(output.ToString().Trim(), out var message).Should().BeTrue();
        message!.Kind.Should().Be(WorkerMessageKind.Finished);
    }
}
