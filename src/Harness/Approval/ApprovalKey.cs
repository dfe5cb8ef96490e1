using Llama2Validation.Harness.Approval.Paths;

namespace Llama2Validation.Harness.Approval;

/// <summary>One verified file: a kind of record for one hardware class × strategy × model.</summary>
public sealed record ApprovalKey(ApprovalKind Kind, RunKey Subject)
{
    /// <summary>
    /// The path below the baselines folder, built only from sanitised names, so it always stays inside:
    /// <c>CPU/snapshots/default.l2v-tiny.verified.txt</c>.
    /// </summary>
    public string RelativeVerifiedPath => RelativePath(ApprovalFileName.VerifiedMarker);

    public string RelativeReceivedPath => RelativePath(ApprovalFileName.ReceivedMarker);

    /// <summary>The command a person runs to accept what this key's received file proposes.</summary>
    public string ApproveCommand =>
        $"l2v approve --kind {Kind.CommandName()} --class {Subject.HardwareClass} --strategy {Subject.Strategy} --model {Subject.Model}";

    private string RelativePath(string marker) => Path.Combine(
        FileNameSanitizer.Sanitize(Subject.HardwareClass),
        Kind.FolderName(),
        $"{FileNameSanitizer.Sanitize(Subject.Strategy)}.{FileNameSanitizer.Sanitize(Subject.Model)}{marker}{Kind.Extension()}");

    public override string ToString() => $"{Kind.CommandName()} {Subject}";
}
