using System.Text.Json;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Tests.Correctness.Serialization;

public sealed class HarnessJsonTests
{
    [Theory]
    [InlineData(DocumentOutcome.DoesNotFit, "\"does-not-fit\"")]
    [InlineData(RunOutcome.OutOfMemory, "\"out-of-memory\"")]
    public void Enums_AreWrittenInKebabCase(object value, string expected) =>
        JsonSerializer.Serialize(value, value.GetType(), HarnessJson.Options).Should().Be(expected);

    [Fact]
    public void DocumentResult_RoundTrips()
    {
        var document = new DocumentResult { Id = "https://example.org/a", Outcome = DocumentOutcome.Ok, PromptTokens = 12, Output = "Ünïcode ok", OutputTokenIds = [1, 2] };
        var json = JsonSerializer.Serialize(document, HarnessJson.Options);

        json.Should().Contain("\"promptTokens\": 12").And.Contain("Ünïcode ok");
        JsonSerializer.Deserialize<DocumentResult>(json, HarnessJson.Options).Should().BeEquivalentTo(document);
    }
}
