using System.Globalization;
using System.Text.Json.Serialization;

namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// One document of the stored reference: the reference's own greedy continuation (ending with the
/// end-of-sequence token where it stopped on one) and its distribution at each of those positions.
/// </summary>
public sealed record ReferenceDocument
{
    public required string Id { get; init; }

    /// <summary>Prompt tokens the reference was fed (BOS included); a strategy fed another count is not comparable.</summary>
    public required int PromptTokens { get; init; }

    /// <summary>The continuation as space-separated token ids: one line, like a snapshot's.</summary>
    public required string Tokens { get; init; }

    /// <summary>One <see cref="ReferencePosition"/> line per token of <see cref="Tokens"/>.</summary>
    public required IReadOnlyList<string> Top { get; init; }

    [JsonIgnore]
    public IReadOnlyList<int> TokenIds =>
        [.. Tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => int.Parse(t, NumberStyles.Integer, CultureInfo.InvariantCulture))];

    [JsonIgnore]
    public IReadOnlyList<ReferencePosition> Positions => [.. Top.Select(ReferencePosition.Parse)];

    public static ReferenceDocument From(string id, int promptTokens, IReadOnlyList<int> tokens, IEnumerable<ReferencePosition> positions) => new()
    {
        Id = id,
        PromptTokens = promptTokens,
        Tokens = string.Join(' ', tokens.Select(t => t.ToString(CultureInfo.InvariantCulture))),
        Top = [.. positions.Select(p => p.Format())],
    };
}
