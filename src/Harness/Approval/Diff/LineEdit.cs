namespace Llama2Validation.Harness.Approval.Diff;

/// <summary>One step of a line edit script: keep a line, remove a verified line or add a received one.</summary>
internal readonly record struct LineEdit(LineEditKind Kind, int VerifiedIndex, int ReceivedIndex);
