using System.Globalization;
using System.Text;

namespace Llama2Validation.Harness.Approval.Diff;

/// <summary>
/// A readable unified-style diff of a verified file against a received one: hunks with line numbers
/// and a few lines of context, cut after a number of lines so a wholly different file stays readable.
/// </summary>
public sealed record LineDiff(int AddedLines, int RemovedLines, int FirstDifferentLine, string Text)
{
    public const int DefaultContext = 3;

    public const int DefaultMaximumLines = 60;

    public static LineDiff None { get; } = new(0, 0, 0, "");

    public bool IsEmpty => AddedLines == 0 && RemovedLines == 0;

    /// <summary>"+2 -1 lines, first difference at line 14".</summary>
    public string Summary => IsEmpty
        ? "no differences"
        : string.Create(CultureInfo.InvariantCulture, $"+{AddedLines} -{RemovedLines} lines, first difference at line {FirstDifferentLine}");

    public static LineDiff Compute(
        string verified,
        string received,
        string verifiedLabel = "verified",
        string receivedLabel = "received",
        int context = DefaultContext,
        int maximumLines = DefaultMaximumLines)
    {
        ArgumentNullException.ThrowIfNull(verified);
        ArgumentNullException.ThrowIfNull(received);
        var before = SplitLines(verified);
        var after = SplitLines(received);
        var edits = LineEditScript.Compute(before, after);
        var changed = edits.Select((e, i) => (e, i)).Where(x => x.e.Kind != LineEditKind.Keep).Select(x => x.i).ToList();
        if (changed.Count == 0)
        {
            return None;
        }

        var text = new StringBuilder();
        text.Append("--- ").Append(verifiedLabel).Append('\n');
        text.Append("+++ ").Append(receivedLabel).Append('\n');
        var written = 0;
        var truncated = false;
        foreach (var (from, to) in Hunks(changed, edits.Count, context))
        {
            if (written >= maximumLines)
            {
                truncated = true;
                break;
            }

            written += AppendHunk(text, edits, from, to, before, after, maximumLines - written, ref truncated);
        }

        var removed = edits.Count(e => e.Kind == LineEditKind.Remove);
        var added = edits.Count(e => e.Kind == LineEditKind.Add);
        if (truncated)
        {
            text.Append(CultureInfo.InvariantCulture, $"... diff cut after {maximumLines} lines (+{added} -{removed} in all)\n");
        }

        return new LineDiff(added, removed, FirstLineNumber(edits[changed[0]], edits, changed[0]), text.ToString());
    }

    /// <summary>Lines of text with CRLF read as LF and no phantom empty line after a final newline.</summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private static IEnumerable<(int From, int To)> Hunks(List<int> changed, int count, int context)
    {
        var from = Math.Max(0, changed[0] - context);
        var to = Math.Min(count - 1, changed[0] + context);
        foreach (var index in changed.Skip(1))
        {
            if (index - context <= to + 1)
            {
                to = Math.Min(count - 1, index + context);
                continue;
            }

            yield return (from, to);
            from = index - context;
            to = Math.Min(count - 1, index + context);
        }

        yield return (from, to);
    }

    private static int AppendHunk(StringBuilder text, List<LineEdit> edits, int from, int to, IReadOnlyList<string> before, IReadOnlyList<string> after, int budget, ref bool truncated)
    {
        var span = edits.GetRange(from, to - from + 1);
        var verifiedCount = span.Count(e => e.Kind != LineEditKind.Add);
        var receivedCount = span.Count(e => e.Kind != LineEditKind.Remove);
        var verifiedStart = StartLine(edits, from, e => e.VerifiedIndex, LineEditKind.Add);
        var receivedStart = StartLine(edits, from, e => e.ReceivedIndex, LineEditKind.Remove);
        text.Append(CultureInfo.InvariantCulture, $"@@ -{verifiedStart},{verifiedCount} +{receivedStart},{receivedCount} @@\n");
        var lines = 0;
        foreach (var edit in span)
        {
            if (lines == budget)
            {
                truncated = true;
                break;
            }

            _ = edit.Kind switch
            {
                LineEditKind.Keep => text.Append(' ').Append(before[edit.VerifiedIndex]),
                LineEditKind.Remove => text.Append('-').Append(before[edit.VerifiedIndex]),
                _ => text.Append('+').Append(after[edit.ReceivedIndex]),
            };
            text.Append('\n');
            lines++;
        }

        return lines + 1;
    }

    // 1-based line where a hunk starts on one side: the next line of that side at or after the hunk start.
    private static int StartLine(List<LineEdit> edits, int from, Func<LineEdit, int> side, LineEditKind otherSideOnly)
    {
        for (var i = from; i < edits.Count; i++)
        {
            if (edits[i].Kind != otherSideOnly)
            {
                return side(edits[i]) + 1;
            }
        }

        // Only the other side has lines from here on: the hunk sits after this side's last line.
        for (var i = from - 1; i >= 0; i--)
        {
            if (edits[i].Kind != otherSideOnly)
            {
                return side(edits[i]) + 1;
            }
        }

        return 0;
    }

    private static int FirstLineNumber(LineEdit first, List<LineEdit> edits, int index) =>
        first.Kind == LineEditKind.Remove ? first.VerifiedIndex + 1 : StartLine(edits, index, e => e.VerifiedIndex, LineEditKind.Add);
}
