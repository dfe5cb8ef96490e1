using System.Globalization;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Harness.Baselines.Store;

/// <summary>
/// Checks a baseline document and reports every problem at once (schema version, missing fields,
/// impossible floors, tolerances outside (0, 1), unknown classes, duplicate keys, quality floors on
/// synthetic weights), so a person fixes a file in one pass.
/// </summary>
public static class BaselineValidator
{
    public static IReadOnlyList<BaselineProblem> Validate(BaselineDocument document, string source, string? expectedClass = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<BaselineProblem>();
        void Report(string location, string message) => problems.Add(new BaselineProblem(source, location, message));

        if (document.SchemaVersion != BaselineDocument.CurrentSchemaVersion)
        {
            Report("schemaVersion", document.SchemaVersion == 0
                ? $"missing; this harness reads schemaVersion {BaselineDocument.CurrentSchemaVersion}"
                : Invariant($"is {document.SchemaVersion}; this harness reads schemaVersion {BaselineDocument.CurrentSchemaVersion}"));
        }

        if (document.Entries is null || document.Entries.Count == 0)
        {
            Report("entries", "no entries");
            return problems;
        }

        var seen = new Dictionary<RunKey, int>();
        for (var i = 0; i < document.Entries.Count; i++)
        {
            var at = Invariant($"entries[{i}]");
            var entry = document.Entries[i];
            if (entry is null)
            {
                Report(at, "null entry");
                continue;
            }

            ValidateEntry(entry, at, expectedClass, Report);
            if (seen.TryGetValue(entry.Key, out var first))
            {
                Report(at, Invariant($"duplicate key {entry.Key} (also entries[{first}])"));
            }
            else
            {
                seen[entry.Key] = i;
            }
        }

        return problems;
    }

    /// <summary>True for the classes baselines may be recorded for (every <see cref="HardwareClass"/> but Unknown).</summary>
    public static bool IsKnownClass(string name) =>
        !int.TryParse(name, out _)
        && Enum.TryParse<HardwareClass>(name, ignoreCase: true, out var parsed)
        && Enum.IsDefined(parsed)
        && parsed != HardwareClass.Unknown;

    private static void ValidateEntry(BaselineEntry entry, string at, string? expectedClass, Action<string, string> report)
    {
        if (string.IsNullOrWhiteSpace(entry.HardwareClass))
        {
            report($"{at}.hardwareClass", "missing");
        }
        else if (!IsKnownClass(entry.HardwareClass))
        {
            report($"{at}.hardwareClass", $"unknown class '{entry.HardwareClass}'; known: {string.Join(", ", Enum.GetNames<HardwareClass>().Where(n => n != nameof(HardwareClass.Unknown)))}");
        }
        else if (expectedClass is not null && !string.Equals(RunKey.CanonicalClass(entry.HardwareClass), expectedClass, StringComparison.OrdinalIgnoreCase))
        {
            report($"{at}.hardwareClass", $"'{entry.HardwareClass}' in the folder of class {expectedClass}");
        }

        if (string.IsNullOrWhiteSpace(entry.Strategy))
        {
            report($"{at}.strategy", "missing");
        }

        if (string.IsNullOrWhiteSpace(entry.Model))
        {
            report($"{at}.model", "missing (a model profile such as l2v-tiny, or sha256-<hash of the model file>)");
        }

        var synthetic = ValidateProvenance(entry.Provenance, $"{at}.provenance", report);
        if (entry.Throughput is { } throughput)
        {
            ValidateFigure(throughput.DocsPerSecond, $"{at}.throughput.docsPerSecond", report);
            ValidateFigure(throughput.DecodeTokensPerSecond, $"{at}.throughput.decodeTokensPerSecond", report);
            ValidateFigure(throughput.TimeToFirstTokenP90Seconds, $"{at}.throughput.timeToFirstTokenP90Seconds", report);
            ValidateFigure(throughput.OutputTokensPerSecond, $"{at}.throughput.outputTokensPerSecond", report);
            ValidateFigure(throughput.TimeToFirstTokenP99Seconds, $"{at}.throughput.timeToFirstTokenP99Seconds", report);
            ValidateFigure(throughput.TimePerOutputTokenP90Seconds, $"{at}.throughput.timePerOutputTokenP90Seconds", report);
            ValidateFigure(throughput.TimePerOutputTokenP99Seconds, $"{at}.throughput.timePerOutputTokenP99Seconds", report);
            ValidateFigure(throughput.SpeedRatio, $"{at}.throughput.speedRatio", report, ToleranceRule.SessionMedians);
        }

        if (entry.Quality is { } quality)
        {
            if (synthetic == true)
            {
                report($"{at}.quality", "quality floors on a synthetic model: random weights say nothing about ROUGE; remove them");
            }

            ValidateQuality(quality, $"{at}.quality", report);
        }

        ValidateMemory(entry.Memory, $"{at}.memory", report);
    }

    private static bool? ValidateProvenance(BaselineProvenance? provenance, string at, Action<string, string> report)
    {
        if (provenance is null)
        {
            report(at, "missing (hardwareFingerprint, harnessCommit, recordedAt, llamaSharpVersion, modelSynthetic)");
            return null;
        }

        if (string.IsNullOrWhiteSpace(provenance.HardwareFingerprint))
        {
            report($"{at}.hardwareFingerprint", "missing");
        }

        if (string.IsNullOrWhiteSpace(provenance.HarnessCommit))
        {
            report($"{at}.harnessCommit", "missing");
        }

        if (provenance.RecordedAt == default)
        {
            report($"{at}.recordedAt", "missing");
        }

        if (string.IsNullOrWhiteSpace(provenance.LlamaSharpVersion))
        {
            report($"{at}.llamaSharpVersion", "missing");
        }

        if (provenance.ModelSynthetic is null)
        {
            report($"{at}.modelSynthetic", "missing (true for generated random weights)");
        }

        return provenance.ModelSynthetic;
    }

    private static void ValidateFigure(MeasuredFigure? figure, string at, Action<string, string> report, ToleranceRule? rule = null)
    {
        if (figure is null)
        {
            return;
        }

        if (!double.IsFinite(figure.Recorded))
        {
            report($"{at}.recorded", "missing or not a number");
        }
        else if (figure.Recorded <= 0)
        {
            report($"{at}.recorded", Invariant($"{figure.Recorded} is not positive; a floor must be above zero"));
        }

        if (!double.IsFinite(figure.RelativeSpread))
        {
            report($"{at}.relativeSpread", "missing or not a number");
        }
        else if (figure.RelativeSpread < 0)
        {
            report($"{at}.relativeSpread", Invariant($"{figure.RelativeSpread} is negative"));
        }

        if (figure.Repeats < 1)
        {
            report($"{at}.repeats", Invariant($"{figure.Repeats}: at least one measured run is needed"));
        }

        if (!double.IsFinite(figure.Tolerance))
        {
            report($"{at}.tolerance", "missing or not a number");
        }
        else if (figure.Tolerance is <= 0 or >= 1)
        {
            report($"{at}.tolerance", Invariant($"{figure.Tolerance} is outside (0, 1)"));
        }
        else if ((rule ?? ToleranceRule.RepeatRuns).Mismatch(figure) is { } mismatch)
        {
            report($"{at}.tolerance", mismatch);
        }
    }

    private static void ValidateQuality(QualityFloors quality, string at, Action<string, string> report)
    {
        if (!double.IsFinite(quality.Rouge1Recorded))
        {
            report($"{at}.rouge1Recorded", "missing or not a number");
        }
        else if (quality.Rouge1Recorded is < 0 or > 1)
        {
            report($"{at}.rouge1Recorded", Invariant($"{quality.Rouge1Recorded} is outside [0, 1]"));
        }

        if (quality.Rouge1Minimum is { } minimum && (!double.IsFinite(minimum) || minimum is < 0 or > 1))
        {
            report($"{at}.rouge1Minimum", Invariant($"{minimum} is outside [0, 1]"));
        }

        if (quality.Rouge1RelativeToDefaultMinimum is { } relative && (!double.IsFinite(relative) || relative is <= 0 or > 1))
        {
            report($"{at}.rouge1RelativeToDefaultMinimum", Invariant($"{relative} is outside (0, 1]"));
        }

        if (quality.Rouge1Minimum is null && quality.Rouge1RelativeToDefaultMinimum is null)
        {
            report(at, "neither rouge1Minimum nor rouge1RelativeToDefaultMinimum is set; nothing would be checked");
        }
    }

    private static void ValidateMemory(IReadOnlyList<ExpectedMemoryOutcome>? outcomes, string at, Action<string, string> report)
    {
        if (outcomes is null)
        {
            return;
        }

        var seen = new HashSet<(int, int?)>();
        for (var i = 0; i < outcomes.Count; i++)
        {
            var item = Invariant($"{at}[{i}]");
            var outcome = outcomes[i];
            if (outcome.ParallelSequences < 1)
            {
                report($"{item}.parallelSequences", Invariant($"{outcome.ParallelSequences}: at least 1"));
            }

            if (outcome.ContextPerSequence is < 1)
            {
                report($"{item}.contextPerSequence", Invariant($"{outcome.ContextPerSequence}: at least 1 (or leave it out for the training context)"));
            }

            if (outcome.Expected is null)
            {
                report($"{item}.expected", "missing (fits or out-of-memory)");
            }

            if (!seen.Add((outcome.ParallelSequences, outcome.ContextPerSequence)))
            {
                report(item, Invariant($"duplicate expectation for {outcome.ParallelSequences} sequences × context {outcome.ContextPerSequence?.ToString(CultureInfo.InvariantCulture) ?? "default"}"));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
