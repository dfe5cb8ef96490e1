using System.Globalization;
using System.Text;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Snapshots;

/// <summary>
/// A run's outputs in a stable text form: documents ordered by id (so batched completion order does not
/// matter), each with its outcome, token ids and output text. Output lines are prefixed with "| " and
/// control characters escaped, so the file is LF-only and a diff shows exactly which document drifted.
/// Timings are deliberately absent: they belong to the throughput baseline, not the snapshot.
/// </summary>
public static class SnapshotText
{
    private const string ConfigurationLabel = "configuration: ";

    /// <summary>The configuration line of a snapshot's header, or null when it has none.</summary>
    public static IReadOnlyDictionary<string, string>? RecordedConfiguration(string snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var line = snapshot.Split('\n').TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .FirstOrDefault(l => l.StartsWith(ConfigurationLabel, StringComparison.Ordinal));
        return line is null ? null : Identity.RunConfiguration.Parse(line[ConfigurationLabel.Length..]);
    }

    public static string Render(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var key = RunKey.Of(run);
        var text = new StringBuilder();
        text.Append("# l2v output snapshot\n");
        text.Append("class: ").Append(key.HardwareClass).Append('\n');
        text.Append("strategy: ").Append(key.Strategy).Append('\n');
        text.Append("model: ").Append(key.Model).Append('\n');
        // The requested configuration only: what llama.cpp really used is judged through the baseline's
        // configuration, and a snapshot's text must not change when the read-back gains a field.
        text.Append(ConfigurationLabel).Append(Identity.RunConfiguration.Format(Identity.RunConfiguration.Requested(run))).Append('\n');
        text.Append("documents: ").Append(run.Documents.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var document in run.Documents.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append('\n');
            text.Append("## ").Append(Escape(document.Id)).Append('\n');
            text.Append("outcome: ").Append(EnumText.Of(document.Outcome)).Append('\n');
            text.Append("tokens: ").Append(string.Join(' ', document.OutputTokenIds.Select(t => t.ToString(CultureInfo.InvariantCulture)))).Append('\n');
            text.Append("output:\n");
            foreach (var line in document.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                text.Append("| ").Append(Escape(line)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            if (char.IsControl(character) && character != '\t')
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:x4}");
            }
            else
            {
                escaped.Append(character);
            }
        }

        return escaped.ToString();
    }
}
