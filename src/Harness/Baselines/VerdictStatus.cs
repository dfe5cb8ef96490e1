namespace Llama2Validation.Harness.Baselines;

public enum VerdictStatus
{
    /// <summary>At least one check ran and none failed.</summary>
    Pass,

    /// <summary>At least one violation.</summary>
    Fail,

    /// <summary>Nothing to compare with (no verified baseline or snapshot); the reason says which and where.</summary>
    NoBaseline,
}
