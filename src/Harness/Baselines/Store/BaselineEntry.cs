using System.Text.Json.Serialization;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;

namespace Llama2Validation.Harness.Baselines.Store;

/// <summary>
/// What one hardware class × strategy × model is expected to do. Fields a file leaves out stay empty
/// (or NaN) instead of failing deserialisation, so the validator can name every missing one at once.
/// </summary>
public sealed record BaselineEntry
{
    /// <summary>CPU, T4, L4, A100, H100 or H200.</summary>
    public string HardwareClass { get; init; } = "";

    public string Strategy { get; init; } = "";

    /// <summary>The model identity: a generated model's profile (l2v-tiny) or <c>sha256-&lt;hash&gt;</c>.</summary>
    public string Model { get; init; } = "";

    public ThroughputFloors? Throughput { get; init; }

    /// <summary>ROUGE-1 floors; absent for synthetic weights, whose quality means nothing.</summary>
    public QualityFloors? Quality { get; init; }

    /// <summary>Fits / out-of-memory per parallel-sequence count and context (filled by the memory model's owners).</summary>
    public IReadOnlyList<ExpectedMemoryOutcome> Memory { get; init; } = [];

    public BaselineProvenance? Provenance { get; init; }

    /// <summary>
    /// The configuration the figures were measured with (see <see cref="Identity.RunConfiguration"/>): a run is
    /// judged by this entry only when it repeats every field, and a GPU runner runs what it records.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Configuration { get; init; }

    /// <summary>The key this entry is looked up by (derived from the three fields above, not stored).</summary>
    [JsonIgnore]
    public RunKey Key => new(RunKey.CanonicalClass(HardwareClass), Strategy, Model);
}
