namespace Llama2Validation.Harness.Baselines.Checking;

public enum VerdictStatus
{
    /// <summary>At least one check ran and none failed.</summary>
    Pass,

    /// <summary>At least one violation.</summary>
    Fail,

    /// <summary>Nothing to compare with (no verified baseline or snapshot); the reason says which and where.</summary>
    NoBaseline,

    /// <summary>
    /// A baseline exists but was measured under another configuration, dataset or hardware; the reason
    /// names each field that differs. Never judged as a regression, never as a pass.
    /// </summary>
    NotComparable,

    /// <summary>Nothing to judge by design: every skipped check is one of <see cref="DesignExclusions.All"/>.</summary>
    NotApplicable,

    /// <summary>
    /// A baseline was found and nothing was judged, for a reason not on the design list (no floors recorded,
    /// a run that did not complete, no expectation row). Never a pass; a declared runner fails it.
    /// </summary>
    NothingJudged,
}
