namespace Llama2Validation.Harness.Agreement;

/// <summary>What an agreement worker measured: the reference's documents where it recorded them, and each side's agreement.</summary>
public sealed record AgreementResult
{
    /// <summary>The recorded reference documents; empty when the request carried a stored reference.</summary>
    public IReadOnlyList<ReferenceDocument> Recorded { get; init; } = [];

    public required IReadOnlyList<SideAgreement> Sides { get; init; }

    /// <summary>The native library's backend (cpu-avx2, cuda), as the run configurations name it.</summary>
    public string? Backend { get; init; }
}
