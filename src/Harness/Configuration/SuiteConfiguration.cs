using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Configuration;

/// <summary>
/// Where the suite's inputs and outputs are, read from <see cref="SuiteVariables"/>. A variable that is
/// missing or blank is null (the input is not configured); relative paths are taken from the repository root.
/// </summary>
public sealed record SuiteConfiguration
{
    public string? ModelF16 { get; init; }

    public string? ModelQ8 { get; init; }

    public string? ModelQ4 { get; init; }

    /// <summary>The WikiLingua data set (a file or folder).</summary>
    public string? Dataset { get; init; }

    /// <summary>A sample manifest choosing documents from the data set.</summary>
    public string? Sample { get; init; }

    public string? NativeLibrary { get; init; }

    /// <summary>The raw <see cref="SuiteVariables.HardwareClass"/> value; see <see cref="HardwareOverride"/>.</summary>
    public string? HardwareClassText { get; init; }

    public HardwareOverride? HardwareOverride => HardwareClassText is null ? null : HardwareOverride.TryParse(HardwareClassText);

    /// <summary>The raw <see cref="SuiteVariables.Gate"/> value; see <see cref="DeclaredGate"/>.</summary>
    public string? GateText { get; init; }

    /// <summary>The class this runner declares it gates (fail closed), or null for an undeclared machine (skip with reasons).</summary>
    public HardwareOverride? DeclaredGate => GateText is null ? null : HardwareOverride.TryParse(GateText);

    public static SuiteConfiguration FromEnvironment() =>
        From(System.Environment.GetEnvironmentVariable, RepositoryLayout.Current.Root);

    /// <param name="variable">Reads one variable (the process environment, or a dictionary in tests).</param>
    /// <param name="root">The folder relative paths are taken from.</param>
    public static SuiteConfiguration From(Func<string, string?> variable, string root)
    {
        string? PathOf(string name) => Value(variable(name)) is { } path ? Path.GetFullPath(path, root) : null;

        return new SuiteConfiguration
        {
            ModelF16 = PathOf(SuiteVariables.ModelF16),
            ModelQ8 = PathOf(SuiteVariables.ModelQ8),
            ModelQ4 = PathOf(SuiteVariables.ModelQ4),
            // A catalog workload (w100, sample…) is a name, not a file beside the root.
            Dataset = Value(variable(SuiteVariables.Dataset)) is { } dataset && IsCatalogName(dataset) ? dataset.ToLowerInvariant() : PathOf(SuiteVariables.Dataset),
            Sample = PathOf(SuiteVariables.Sample),
            NativeLibrary = PathOf(SuiteVariables.NativeLibrary),
            HardwareClassText = Value(variable(SuiteVariables.HardwareClass)),
            GateText = Value(variable(SuiteVariables.Gate)),
        };
    }

    private static bool IsCatalogName(string dataset) => Data.DatasetCatalog.Names.Contains(dataset, StringComparer.OrdinalIgnoreCase);

    public string? ModelFor(WeightType weights) => weights switch
    {
        WeightType.F16 => ModelF16,
        WeightType.Q8_0 => ModelQ8,
        WeightType.Q4_0 => ModelQ4,
        _ => throw new ArgumentOutOfRangeException(nameof(weights), weights, null),
    };

    /// <summary>The detected hardware, or the class a dry run set in <see cref="SuiteVariables.HardwareClass"/>.</summary>
    public HardwareReport Apply(HardwareReport detected) =>
        HardwareOverride is { } set ? detected.WithClass(set.Class, set.GpuMemory, SuiteVariables.HardwareClass) : detected;

    /// <summary>Every problem at once: inputs configured but absent, and values that cannot be read.</summary>
    public IReadOnlyList<ConfigurationProblem> Validate()
    {
        var problems = new List<ConfigurationProblem>();
        foreach (var (variable, path) in InputPaths())
        {
            if (path is not null && !File.Exists(path) && !Directory.Exists(path) && !(variable == SuiteVariables.Dataset && IsCatalogName(path)))
            {
                problems.Add(new ConfigurationProblem(variable, path, "does not exist"));
            }
        }

        if (HardwareClassText is not null && HardwareOverride is null)
        {
            problems.Add(new ConfigurationProblem(
                SuiteVariables.HardwareClass, HardwareClassText, $"is not a hardware class ({HardwareOverride.Accepted})"));
        }

        if (GateText is not null && DeclaredGate is null)
        {
            problems.Add(new ConfigurationProblem(
                SuiteVariables.Gate, GateText, $"is not a hardware class ({HardwareOverride.Accepted})"));
        }

        return problems;
    }

    private IEnumerable<(string Variable, string? Path)> InputPaths() =>
    [
        (SuiteVariables.ModelF16, ModelF16),
        (SuiteVariables.ModelQ8, ModelQ8),
        (SuiteVariables.ModelQ4, ModelQ4),
        (SuiteVariables.Dataset, Dataset),
        (SuiteVariables.Sample, Sample),
        (SuiteVariables.NativeLibrary, NativeLibrary),
    ];

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
