namespace Llama2Validation.Harness.Approval;

internal enum LineEditKind
{
    Keep,
    Remove,
    Add,
}
