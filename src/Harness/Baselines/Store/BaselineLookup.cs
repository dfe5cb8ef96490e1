using Llama2Validation.Harness.Approval;

namespace Llama2Validation.Harness.Baselines.Store;

/// <summary>The verified baseline entry for a key, or why there is none usable.</summary>
public sealed record BaselineLookup(RunKey Key, BaselineEntry? Entry, string? Source, string? MissingReason)
{
    public bool Found => Entry is not null;
}
