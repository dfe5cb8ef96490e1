using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running.Worker;

namespace Llama2Validation.Tests.Correctness.Running;

public sealed class WorkerProtocolTests
{
    [Fact]
    public void Document_RoundTripsThroughOneLine()
    {
        var message = new WorkerMessage
        {
            Kind = WorkerMessageKind.Document,
            Document = new DocumentResult { Id = "a", Output = "line one\nline two", OutputTokenIds = [5, 6], Outcome = DocumentOutcome.Ok },
        };

        var line = WorkerProtocol.Format(message);

        line.Should().StartWith(WorkerProtocol.Marker).And.NotContain("\n");
        WorkerProtocol.TryParse(line, out var parsed).Should().BeTrue();
        parsed!.Document.Should().BeEquivalentTo(message.Document);
    }

    [Theory]
    [InlineData("llama_model_loader: loaded meta data")]
    [InlineData("{\"kind\":\"document\"}")]
    public void LinesWithoutTheMarker_AreNotMessages(string line) =>
        WorkerProtocol.TryParse(line, out _).Should().BeFalse();

    [Theory]
    [InlineData(134, "SIGABRT")]
    [InlineData(139, "SIGSEGV")]
    [InlineData(1, null)]
    public void SignalName_ReadsUnixExitStatus(int exitCode, string? expected) =>
        NativeFailureClassifier.SignalName(exitCode).Should().Be(expected);

    [Fact]
    public void AllocationFailure_IsRecognisedInNativeLog() =>
        NativeFailureClassifier.ShowsAllocationFailure(["llama_init_from_model: failed to allocate buffer for kv cache"]).Should().BeTrue();
}
