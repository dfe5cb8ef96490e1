using System.Text.Json;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Metrics;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Metrics;

public sealed class ScoringInputReaderTests
{
    [Fact]
    public void Parse_SeedDataFile_IsOneSetOfReferenceAndPredictionPairs()
    {
        const string Json = """
            [
              {"url": "https://example.org/a", "gt_summary": "Reference one.", "pred_summary": "Prediction one.", "inference_time": 1.5},
              {"gt_summary": "Reference two.", "pred_summary": "Prediction two."}
            ]
            """;

        var input = ScoringInputReader.Parse(Json, "data_1_cpu_test");

        input.Problems.Should().BeEmpty();
        var set = input.Sets.Should().ContainSingle().Subject;
        set.Name.Should().Be("data_1_cpu_test");
        set.Pairs.Should().Equal(
            new ScoringPair("https://example.org/a", "Reference one.", "Prediction one."),
            new ScoringPair("data_1_cpu_test[1]", "Reference two.", "Prediction two."));
    }

    [Fact]
    public void Parse_SeedDataWithMissingFields_ReportsEveryProblem()
    {
        const string Json = """[{"gt_summary": "only a reference"}, {"pred_summary": 3}, "not an object"]""";

        var input = ScoringInputReader.Parse(Json, "broken");

        input.IsValid.Should().BeFalse();
        input.Problems.Should().HaveCount(5)
            .And.Contain("broken[0]: no string pred_summary.")
            .And.Contain("broken[1]: no string gt_summary.");
    }

    [Fact]
    public void Parse_ResultsFile_IsOneSetPerRunOfItsScorableDocuments()
    {
        var results = new ResultsFile
        {
            Runs =
            [
                Run("default", Document("a", DocumentOutcome.Ok, "out a", "ref a"), Document("b", DocumentOutcome.Ok, "out b", reference: null)),
                Run("4-bit", Document("a", DocumentOutcome.Ok, "out a4", "ref a"), Document("c", DocumentOutcome.DoesNotFit, "", "ref c")),
            ],
        };

        var input = ScoringInputReader.Parse(JsonSerializer.Serialize(results, HarnessJson.Options), "results");

        input.Problems.Should().BeEmpty();
        input.Sets.Select(s => s.Name).Should().Equal("default", "4-bit");
        input.Sets[0].Pairs.Should().Equal(new ScoringPair("a", "ref a", "out a"));
        input.Sets[0].SkippedDocuments.Should().Be(1);
        input.Sets[1].Pairs.Should().Equal(new ScoringPair("a", "ref a", "out a4"));
        input.Sets[1].SkippedDocuments.Should().Be(1);
    }

    [Fact]
    public void Parse_ResultsFileOfAnotherSchemaVersion_IsRefused()
    {
        var input = ScoringInputReader.Parse("""{"schemaVersion": 99, "runs": []}""", "results");

        input.Problems.Should().ContainSingle().Which.Should().Contain("schema version 99");
    }

    [Theory]
    [InlineData("{\"unrelated\": true}", "neither")]
    [InlineData("42", "neither")]
    [InlineData("[{", "not valid JSON")]
    public void Parse_OtherContent_IsAProblem(string json, string expected) =>
        ScoringInputReader.Parse(json, "file").Problems.Should().ContainSingle().Which.Should().Contain(expected);

    [Fact]
    public void ReadFile_Missing_IsAProblem() =>
        ScoringInputReader.ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.json"))
            .Problems.Should().ContainSingle().Which.Should().Contain("no such file");

    private static RunResult Run(string strategy, params DocumentResult[] documents) => new()
    {
        Strategy = strategy,
        Spec = StrategyCatalog.Default,
        Metadata = new RunMetadata(),
        Documents = documents,
        DocumentCount = documents.Length,
    };

    private static DocumentResult Document(string id, DocumentOutcome outcome, string output, string? reference) =>
        new() { Id = id, Outcome = outcome, Output = output, Reference = reference };
}
