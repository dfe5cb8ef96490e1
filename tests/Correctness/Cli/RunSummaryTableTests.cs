using Llama2Validation.Cli.Commands.Run;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Reports;
using Llama2Validation.Tests.Correctness.Reports;
using Spectre.Console;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>The table `l2v run` ends with: ROUGE-1 beside the speed figures, as the README promises.</summary>
public sealed class RunSummaryTableTests
{
    [Fact]
    public void Scored_runs_show_their_ROUGE_1_and_random_weights_show_none()
    {
        var real = SampleResults.A100().Runs.Single(r => r.Strategy == "default");
        var synthetic = SampleResults.CpuSynthetic().Runs[0] with { Rouge1F1 = 0.0412 };

        var text = Render(new ResultsFile { Runs = [real, synthetic] });

        text.Should().Contain("ROUGE-1").And.Contain("0.2804");
        text.Should().Contain(ReportFormat.SyntheticWeights).And.NotContain("0.0412", "random weights have no quality to report");
    }

    private static string Render(ResultsFile results)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 240;
        console.Write(RunConsole.SummaryTable(results));
        return writer.ToString();
    }
}
