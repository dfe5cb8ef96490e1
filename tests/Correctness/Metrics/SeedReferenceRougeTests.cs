using System.Text.Json;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Metrics;

namespace Llama2Validation.Tests.Correctness.Metrics;

/// <summary>
/// The seed's published outputs scored here reproduce the seed's published ROUGE-1: its pred_score is the
/// median of an unseeded bootstrap, so the plain mean must fall within the bootstrap's run-to-run spread.
/// </summary>
public sealed class SeedReferenceRougeTests
{
    private const string Absent = "(seed reference absent)";

    public static TheoryData<string> DataFiles()
    {
        var folder = DataFolder();
        var files = folder is null ? [] : Directory.GetFiles(folder, "data_*.json");
        var rows = new TheoryData<string>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            rows.Add(Path.GetFileName(file));
        }

        if (rows.Count == 0)
        {
            rows.Add(Absent);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void MeanRouge1F1_IsWithinTheBootstrapSpreadOfTheSeedScore(string dataFile)
    {
        var folder = DataFolder();
        if (folder is null || dataFile == Absent)
        {
            Assert.Skip($"The seed reference data is not here ({RepositoryLayout.SeedReferenceVariable} or ../shared/seed-reference).");
        }

        // data_16_a100_flash-attn.json pairs with results_16_a100_flash-attn.json.
        var resultsPath = Path.Combine(folder, "results_" + dataFile["data_".Length..]);
        File.Exists(resultsPath).Should().BeTrue($"{dataFile} should have its results file");
        using var results = JsonDocument.Parse(File.ReadAllText(resultsPath));
        var seedScore = results.RootElement.GetProperty("pred_score").GetDouble();

        var input = ScoringInputReader.ReadFile(Path.Combine(folder, dataFile));
        input.Problems.Should().BeEmpty();
        var evaluation = new RougeEvaluator().Evaluate(input.Sets.Single(), seed: 0);

        // The README's spread: about 0.003 for 10 documents and 0.001 for 100.
        var tolerance = evaluation.Documents.Count >= 100 ? 0.0015 : 0.004;
        evaluation.Aggregate!.Rouge1.Mean.F1.Should().BeApproximately(seedScore, tolerance);
        seedScore.Should().BeInRange(evaluation.Aggregate.Rouge1.Low.F1, evaluation.Aggregate.Rouge1.High.F1);
    }

    private static string? DataFolder()
    {
        var reference = RepositoryLayout.Current.SeedReferenceFolder;
        var data = reference is null ? null : Path.Combine(reference, "data");
        return data is not null && Directory.Exists(data) ? data : null;
    }
}
