using System.Text.Json;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// One row of GEM's <c>wiki_lingua</c> (v2 schema: <c>gem_id</c>, <c>gem_parent_id</c>,
/// <c>source_language</c>, <c>target_language</c>, <c>source</c>, <c>target</c>, <c>references</c>).
/// </summary>
/// <remarks>
/// GEM flattened WikiLingua: each row is already one document/summary pair, and it carries no URL nor
/// section index. So a row becomes a one-section article whose id is GEM's own <c>gem_id</c> (falling
/// back to <c>gem_parent_id</c>); a manifest for GEM data lists those ids where it would list URLs, and
/// results carry them as the document id. <c>source</c> is the document; the reference is <c>target</c>,
/// or the first of <c>references</c> where <c>target</c> is empty (test splits leave it so).
/// The seed summarised English articles only, so rows whose languages are given and are not English
/// on both sides (GEM's cross-lingual pairs) are skipped and counted in one problem.
/// </remarks>
internal static class GemJsonRow
{
    public const string GemId = "gem_id";
    public const string GemParentId = "gem_parent_id";
    public const string SourceLanguage = "source_language";
    public const string TargetLanguage = "target_language";
    public const string Source = "source";
    public const string Target = "target";
    public const string References = "references";

    private const string English = "en";

    public static RowOutcome Read(JsonElement row)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            return RowOutcome.Failed($"row is {JsonFields.Describe(row.ValueKind)}, expected an object with \"gem_id\" and \"source\"");
        }

        var id = OptionalString(row, GemId) ?? OptionalString(row, GemParentId);
        if (string.IsNullOrWhiteSpace(id))
        {
            return RowOutcome.Failed($"missing \"{GemId}\" (and \"{GemParentId}\")");
        }

        if (!IsEnglishOrAbsent(row, SourceLanguage) || !IsEnglishOrAbsent(row, TargetLanguage))
        {
            return RowOutcome.Skipped($"{SourceLanguage}/{TargetLanguage} not English (the seed summarised English only)");
        }

        if (!JsonFields.TryGetString(row, Source, out var document, out var problem))
        {
            return RowOutcome.Failed(problem!);
        }

        var reference = OptionalString(row, Target);
        if (string.IsNullOrEmpty(reference)
            && JsonFields.TryGetStringList(row, References, out var references, out _)
            && references.Count > 0)
        {
            reference = references[0];
        }

        if (reference is null)
        {
            return RowOutcome.Failed($"missing \"{Target}\" and \"{References}\"");
        }

        return RowOutcome.Loaded(new WikiLinguaArticle(id, [new WikiLinguaSection("", document, reference)]));
    }

    private static string? OptionalString(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsEnglishOrAbsent(JsonElement row, string name) =>
        OptionalString(row, name) is not { } language || string.Equals(language, English, StringComparison.OrdinalIgnoreCase);
}
