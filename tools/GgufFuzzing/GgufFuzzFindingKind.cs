namespace Llama2Validation.Tools.GgufFuzzing;

public enum GgufFuzzFindingKind
{
    /// <summary>The reader or validator threw instead of reporting a problem.</summary>
    Crash,

    /// <summary>One input took longer than the time limit.</summary>
    Hang,

    /// <summary>One input made the reader allocate more than the limit.</summary>
    Allocation,

    /// <summary>The verdict contradicts itself: an accepted file whose tensors leave the file, a message without the file's name.</summary>
    Invariant,
}
