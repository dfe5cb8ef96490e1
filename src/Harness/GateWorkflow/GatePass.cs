using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>
/// What one gate pass runs: a class's cases of some test programs, in one session (the programs share
/// each strategy's run), against one suite root. Data only; <see cref="GatePassRunner"/> runs it.
/// </summary>
public sealed record GatePass
{
    /// <summary>The pass's name: its folder under <see cref="RunsFolder"/> (record-1, clean, …).</summary>
    public required string Name { get; init; }

    /// <summary>The hardware class whose cases run (the test programs' Category trait).</summary>
    public required string HardwareClass { get; init; }

    public IReadOnlyList<TestProject> Projects { get; init; } = Enum.GetValues<TestProject>();

    /// <summary>
    /// True for a gate pass: every case of the class must run and pass. False for a recording pass: a case
    /// without an approved baseline skips, and its figures become proposals.
    /// </summary>
    public bool Declared { get; init; } = true;

    /// <summary>The folder holding the test programs and l2v-worker (the unpacked bundle).</summary>
    public required string ProgramsFolder { get; init; }

    /// <summary>The suite root (a <see cref="GateRoot"/>): baselines, data, models.</summary>
    public required string SuiteRoot { get; init; }

    /// <summary>Where pass folders go: TRX, JUnit, logs and the suite's results files.</summary>
    public required string RunsFolder { get; init; }

    /// <summary>GGUF paths by weight type.</summary>
    public required IReadOnlyDictionary<WeightType, string> Models { get; init; }

    public string Dataset { get; init; } = "w100";

    /// <summary>A folder with the seed's doc_tokens.tsv (W100's document lengths), if any.</summary>
    public string? SeedReference { get; init; }

    /// <summary>More arguments for each test program (e.g. <c>-method *Throughput*</c>), passed as given, never through a shell.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>The session id the test programs share; one per pass, as the noise model needs.</summary>
    public required string Session { get; init; }

    public string PassFolder => Path.Combine(RunsFolder, Name);
}
