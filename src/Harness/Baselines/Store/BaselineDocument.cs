namespace Llama2Validation.Harness.Baselines.Store;

/// <summary>
/// The content of a <c>baselines/&lt;class&gt;/throughput/*.verified.json</c> file. Usually one entry (the
/// file the approval convention writes per class × strategy × model); hand-written files may hold several.
/// </summary>
public sealed record BaselineDocument
{
    /// <summary>Bumped on any incompatible change; the validator refuses other versions.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>0 when the file does not say, which the validator reports as missing.</summary>
    public int SchemaVersion { get; init; }

    public IReadOnlyList<BaselineEntry> Entries { get; init; } = [];
}
