using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Reports;

namespace Llama2Validation.Tests.Correctness.Reports;

public sealed class ProvenanceTableTests
{
    [Fact]
    public void Provenance_HasOneRowPerRun_WithTheSameNumbersAsTheSummary()
    {
        var model = ReportFixture.A100AndT4();

        model.Provenance.Column("#").Should().Equal(model.Summary.Column("#"));
        model.Provenance.Column("Strategy").Should().Equal(model.Summary.Column("Strategy"));
        model.Provenance.Column("Model sha256").Should().AllBe("08a5566d61d7");
        model.Provenance.Column("Weights").Should().AllBe("real");
        model.Provenance.Column("Started").Should().AllBe("2024-01-18 14:05 UTC");
    }

    [Fact]
    public void Environments_GroupRunsByRunner_AndNameEveryVersionAndFile()
    {
        var model = ReportFixture.A100AndT4();
        var environments = model.Environments;

        environments.Columns.Select(c => c.Header).Should().Equal("Field", "E1: runs 1–5", "E2: runs 6–9");
        environments.Column("Field").Should().Equal(ProvenanceTable.EnvironmentFieldNames);
        environments.Column("E1: runs 1–5").Should().Contain(["A100", "NVIDIA A100-SXM4-40GB, 40960 MiB", "0.30.0", "10.0.0", "5f2c81a9e07d", "b1ffd66a2c3d", "a100/results.json"]);
        environments.Column("E2: runs 6–9").Should().Contain(["T4", "Tesla T4, 15360 MiB"]);
        model.Provenance.Column("Environment").Should().Equal("E1", "E1", "E1", "E1", "E1", "E2", "E2", "E2", "E2");
    }

    [Fact]
    public void Provenance_SaysWhichRunsUsedSyntheticWeights()
    {
        var model = ReportFixture.CpuSynthetic();

        model.Provenance.Column("Weights").Should().AllBe("synthetic");
    }

    [Fact]
    public void Provenance_DoesNotClaimToKnowAServedModelsWeights()
    {
        var served = SampleResults.CpuSynthetic().Runs[0] with
        {
            Strategy = "endpoint",
            Metadata = SampleResults.CpuSynthetic().Runs[0].Metadata with { ModelSynthetic = false, EndpointIdentity = "endpoint:l2v-llama2-7b-q4_0; server=llama.cpp" },
        };

        var model = ReportFixture.Build(("endpoint.json", new ResultsFile { Runs = [served] }));

        model.Provenance.Column("Weights").Should().Equal("served (not known)");
    }
}
