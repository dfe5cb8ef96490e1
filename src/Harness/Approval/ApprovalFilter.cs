using Llama2Validation.Harness.Approval.Paths;

namespace Llama2Validation.Harness.Approval;

/// <summary>Which received files to list or approve; a null part matches everything.</summary>
public sealed record ApprovalFilter(ApprovalKind? Kind = null, string? HardwareClass = null, string? Strategy = null, string? Model = null)
{
    public static ApprovalFilter All { get; } = new();

    public bool Matches(ApprovalFileName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (Kind is null || Kind == name.Kind)
            && Same(HardwareClass is null ? null : RunKey.CanonicalClass(HardwareClass), name.HardwareClass)
            && Same(Strategy, name.Strategy)
            && Same(Model, name.Model);
    }

    // Names on disk are sanitised, so the filter's value is sanitised the same way before comparing.
    private static bool Same(string? wanted, string onDisk) =>
        wanted is null || string.Equals(FileNameSanitizer.Sanitize(wanted), onDisk, StringComparison.OrdinalIgnoreCase);
}
