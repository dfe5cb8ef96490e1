using Llama2Validation.Harness.Agreement;

namespace Llama2Validation.Tests.Correctness.Agreement;

public sealed class AgreementTableTests
{
    [Fact]
    public void Table_ShowsEachStrategysAgreement_BesideItsRouge()
    {
        var side = new SideAgreement
        {
            Strategy = "4-bit",
            Documents = [DocumentAgreement.From("a", [new PositionAgreement(0.05, 1, true), new PositionAgreement(0.15, 2, false)])],
        };
        var measurement = new AgreementMeasurement
        {
            HardwareClass = "CPU",
            Model = "l2v-summariser",
            Reference = new AgreementReference
            {
                HardwareClass = "CPU", Model = "l2v-summariser", ModelSha256 = "s", DatasetHash = "d", Configuration = "c",
                Backend = "cpu-avx2", TopK = 16, MaxNewTokens = 128, Documents = [],
            },
            RecordedNow = false,
            Sides = [side, new SideAgreement { Strategy = "8-bit", Documents = [] }],
        };

        var table = AgreementTable.Markdown(measurement, new Dictionary<string, double> { ["4-bit"] = 0.3512 });

        table.Should().Contain("| 4-bit | 0.3512 | 0.1 | ").And.Contain("50.00").And.Contain("| 1 of 1 | 1 |");
        table.Should().Contain("| 8-bit | — | no document measured");
    }
}
