namespace Llama2Validation.Harness.Approval.Diff;

internal enum LineEditKind
{
    Keep,
    Remove,
    Add,
}
