namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// What the F16 reference said, kept so that it need not run in every job: per document its greedy
/// continuation and its top-k distribution at each position. Approved and versioned like other baselines
/// (<c>baselines/&lt;class&gt;/agreement/reference.&lt;model&gt;.verified.json</c>); it judges only runs of the
/// same reference model file on the same prompts.
/// </summary>
public sealed record AgreementReference
{
    /// <summary>Bumped when the stored form or the measure changes meaning.</summary>
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;

    public required string HardwareClass { get; init; }

    public required string Model { get; init; }

    /// <summary>The F16 model file the reference ran; the strategies' own files may differ (that is what is measured).</summary>
    public required string ModelSha256 { get; init; }

    public required string DatasetHash { get; init; }

    /// <summary>The reference strategy's configuration, as the run that recorded it used it.</summary>
    public required string Configuration { get; init; }

    /// <summary>The native backend that computed it (cpu-avx2, cuda): another backend's kernels round differently.</summary>
    public required string Backend { get; init; }

    public required int TopK { get; init; }

    public required int MaxNewTokens { get; init; }

    public required IReadOnlyList<ReferenceDocument> Documents { get; init; }
}
