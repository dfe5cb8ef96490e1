using System.Text.Json;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Tests.Correctness.Reports;

public sealed class ResultsLoaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-report-load-").FullName;

    [Fact]
    public void Load_ReadsWhatTheHarnessWrites()
    {
        var path = Write("a100.json", SampleResults.A100());

        var load = ResultsLoader.Load([path]);

        load.Succeeded.Should().BeTrue();
        load.Files.Should().ContainSingle().Which.Results.Runs.Select(r => r.DocsPerSecond)
            .Should().Equal(SampleResults.A100().Runs.Select(r => r.DocsPerSecond));
    }

    [Fact]
    public void Load_RefusesAnotherSchemaVersion_NamingTheFileAndBothVersions()
    {
        var good = Write("a100.json", SampleResults.A100());
        var future = Write("future.json", SampleResults.T4() with { SchemaVersion = ResultsFile.CurrentSchemaVersion + 1 });

        var load = ResultsLoader.Load([good, future]);

        load.Succeeded.Should().BeFalse();
        var problem = load.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be(future);
        problem.Message.Should().Contain($"schemaVersion {ResultsFile.CurrentSchemaVersion + 1}")
            .And.Contain($"reads schemaVersion {ResultsFile.CurrentSchemaVersion}");
        problem.ToString().Should().StartWith(future);
    }

    [Fact]
    public void Load_ReportsEveryBadFileAtOnce()
    {
        var notJson = Path.Combine(folder, "broken.json");
        File.WriteAllText(notJson, "{ \"schemaVersion\": 1, \"runs\": [");
        var noVersion = Path.Combine(folder, "other.json");
        File.WriteAllText(noVersion, "{ \"name\": \"package.json perhaps\" }");
        var missing = Path.Combine(folder, "missing.json");

        var load = ResultsLoader.Load([notJson, noVersion, missing]);

        load.Problems.Select(p => p.Path).Should().Equal(notJson, noVersion, missing);
        load.Problems[0].Message.Should().StartWith("not valid results JSON");
        load.Problems[1].Message.Should().Contain("no integer schemaVersion");
        load.Problems[2].Message.Should().StartWith("cannot be read");
    }

    private string Write(string name, ResultsFile results)
    {
        var path = Path.Combine(folder, name);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(results, HarnessJson.Options));
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
