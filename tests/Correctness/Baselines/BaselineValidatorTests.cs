using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;

namespace Llama2Validation.Tests.Correctness.Baselines;

public sealed class BaselineValidatorTests
{
    [Fact]
    public void AFileWithSeveralProblems_ReportsEveryOneAtOnce()
    {
        const string json = """
            {
              "schemaVersion": 2,
              "entries": [
                {
                  "hardwareClass": "Z80",
                  "strategy": "default",
                  "throughput": {
                    "docsPerSecond": { "recorded": -1.5, "relativeSpread": 0.02, "repeats": 3, "tolerance": 0.1 },
                    "decodeTokensPerSecond": { "recorded": 40, "relativeSpread": 0.02, "repeats": 3, "tolerance": 1.5 },
                    "timeToFirstTokenP90Seconds": { "recorded": 0.4, "repeats": 3, "tolerance": 0.1 }
                  },
                  "provenance": { "hardwareFingerprint": "f", "harnessCommit": "c", "recordedAt": "2025-01-15T00:00:00Z", "llamaSharpVersion": "0.30.0", "modelSynthetic": true }
                },
                {
                  "hardwareClass": "CPU",
                  "strategy": "batched",
                  "model": "l2v-tiny",
                  "quality": { "rouge1Recorded": 0.28, "rouge1Minimum": 0.26 },
                  "memory": [ { "parallelSequences": 0, "expected": "fits" }, { "parallelSequences": 0, "expected": "out-of-memory" } ],
                  "provenance": { "hardwareFingerprint": "f", "harnessCommit": "c", "recordedAt": "2025-01-15T00:00:00Z", "llamaSharpVersion": "0.30.0", "modelSynthetic": true }
                },
                {
                  "hardwareClass": "cpu",
                  "strategy": "batched",
                  "model": "l2v-tiny",
                  "provenance": { "hardwareFingerprint": "f" }
                }
              ]
            }
            """;

        var (document, problems) = BaselineFile.Parse(json, "CPU/throughput/x.verified.json");

        document.Should().NotBeNull();
        var locations = problems.Select(p => p.Location).ToList();
        locations.Should().Contain(
        [
            "schemaVersion",
            "entries[0].hardwareClass",
            "entries[0].model",
            "entries[0].throughput.docsPerSecond.recorded",
            "entries[0].throughput.decodeTokensPerSecond.tolerance",
            "entries[0].throughput.timeToFirstTokenP90Seconds.relativeSpread",
            "entries[1].quality",
            "entries[1].memory[0].parallelSequences",
            "entries[1].memory[1]",
            "entries[2]",
            "entries[2].provenance.harnessCommit",
            "entries[2].provenance.recordedAt",
            "entries[2].provenance.llamaSharpVersion",
            "entries[2].provenance.modelSynthetic",
        ]);
        problems.Should().Contain(p => p.Location == "schemaVersion" && p.Message.Contains("is 2"));
        problems.Should().Contain(p => p.Message.Contains("unknown class 'Z80'"));
        problems.Should().Contain(p => p.Message.Contains("not positive"));
        problems.Should().Contain(p => p.Message.Contains("outside (0, 1)"));
        problems.Should().Contain(p => p.Message.Contains("quality floors on a synthetic model"));
        problems.Should().Contain(p => p.Location == "entries[2]" && p.Message.Contains("duplicate key CPU/batched/l2v-tiny (also entries[1])"));
        problems.Should().OnlyContain(p => p.Source == "CPU/throughput/x.verified.json");
    }

    [Fact]
    public void AWellFormedEntry_HasNoProblems_AndRoundTrips()
    {
        var document = new BaselineDocument
        {
            SchemaVersion = BaselineDocument.CurrentSchemaVersion,
            Entries =
            [
                TestBaselines.Entry(
                    strategy: "8-bit",
                    model: "sha256-" + new string('b', 64),
                    synthetic: false,
                    quality: new QualityFloors { Rouge1Recorded = 0.27, Rouge1Minimum = 0.25, Rouge1RelativeToDefaultMinimum = 0.93 },
                    memory: [new ExpectedMemoryOutcome { ParallelSequences = 4, ContextPerSequence = 4096, Expected = MemoryExpectation.OutOfMemory }]),
            ],
        };

        var json = BaselineFile.Format(document);
        var (parsed, problems) = BaselineFile.Parse(json, "file");

        problems.Should().BeEmpty();
        json.Should().Contain("\"expected\": \"out-of-memory\"").And.Contain("\"schemaVersion\": 1").And.NotContain("\"key\"");
        parsed.Should().BeEquivalentTo(document);
    }

    [Fact]
    public void MalformedJson_IsOneProblemWithItsLine()
    {
        var (document, problems) = BaselineFile.Parse("{\n  \"schemaVersion\": 1,\n  \"entries\": [ { \"strategy\": 5 } ]\n}", "bad.json");

        document.Should().BeNull();
        problems.Should().ContainSingle().Which.Message.Should().Contain("line 3");
    }

    [Fact]
    public void AClassInTheWrongFolder_IsReported()
    {
        var document = new BaselineDocument { SchemaVersion = 1, Entries = [TestBaselines.Entry(hardwareClass: "T4")] };

        BaselineValidator.Validate(document, "CPU/throughput/x.verified.json", expectedClass: "CPU")
            .Should().ContainSingle().Which.Message.Should().Contain("folder of class CPU");
    }
}
