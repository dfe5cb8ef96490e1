namespace Llama2Validation.Harness.Baselines.Store;

/// <summary>One thing wrong with a baseline file: which file, where in it (a JSON path) and what.</summary>
public sealed record BaselineProblem(string Source, string Location, string Message)
{
    public override string ToString() => Location.Length == 0 ? $"{Source}: {Message}" : $"{Source} at {Location}: {Message}";
}
