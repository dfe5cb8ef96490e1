using System.Text.Json.Serialization;

namespace Llama2Validation.Harness.Agreement;

/// <summary>One strategy teacher-forced through every reference document it could hold.</summary>
public sealed record SideAgreement
{
    public required string Strategy { get; init; }

    public required IReadOnlyList<DocumentAgreement> Documents { get; init; }

    /// <summary>Reference documents this side could not take (no prompt of that id, a prompt of another length, no room), each with why.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    [JsonIgnore]
    public AgreementFigures Figures => AgreementFigures.From(Strategy, Documents);
}
