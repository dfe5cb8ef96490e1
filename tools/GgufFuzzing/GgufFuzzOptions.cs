namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>What a fuzz run does: how many inputs, from which seeds, and what counts as a finding.</summary>
/// <param name="Inputs">Mutated inputs to feed to the reader and validator.</param>
/// <param name="Seed">Random seed; input number i is made from (Seed, i) alone, so any input can be made again.</param>
/// <param name="SeedFiles">Extra valid GGUF files to mutate besides the built-in ones.</param>
/// <param name="Workers">Threads; each input is independent.</param>
/// <param name="TimeLimit">An input that takes longer is a hang.</param>
/// <param name="AllocationLimitBytes">An input that makes the reader allocate more is a finding (a count believed too early).</param>
/// <param name="FindingsFolder">Where inputs that crash, hang or over-allocate are saved for reproduction.</param>
public sealed record GgufFuzzOptions(
    long Inputs,
    int Seed,
    IReadOnlyList<string> SeedFiles,
    int Workers,
    TimeSpan TimeLimit,
    long AllocationLimitBytes,
    string FindingsFolder)
{
    public const long DefaultAllocationLimitBytes = 64L << 20;

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(5);

    /// <summary>Inputs saved per finding kind; the rest are counted only.</summary>
    public int MaxSavedPerKind { get; init; } = 20;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Inputs <= 0)
        {
            problems.Add("--inputs must be positive.");
        }

        if (Workers <= 0)
        {
            problems.Add("--workers must be positive.");
        }

        if (TimeLimit <= TimeSpan.Zero)
        {
            problems.Add("the time limit must be positive.");
        }

        problems.AddRange(SeedFiles.Where(path => !File.Exists(path)).Select(path => $"seed file '{path}' does not exist."));
        return problems;
    }
}
