namespace Llama2Validation.Harness.Approval.Diff;

/// <summary>
/// A shortest line edit script (longest common subsequence). The common prefix and suffix are trimmed
/// first, so a snapshot with a few drifted documents diffs in little memory; a middle too large for the
/// table is reported as replaced wholesale rather than using unbounded memory.
/// </summary>
internal static class LineEditScript
{
    private const long MaximumTableCells = 4_000_000;

    public static List<LineEdit> Compute(IReadOnlyList<string> verified, IReadOnlyList<string> received)
    {
        var prefix = 0;
        while (prefix < verified.Count && prefix < received.Count && verified[prefix] == received[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < verified.Count - prefix && suffix < received.Count - prefix
               && verified[verified.Count - 1 - suffix] == received[received.Count - 1 - suffix])
        {
            suffix++;
        }

        var edits = new List<LineEdit>(verified.Count + received.Count);
        for (var i = 0; i < prefix; i++)
        {
            edits.Add(new LineEdit(LineEditKind.Keep, i, i));
        }

        AddMiddle(edits, verified, received, prefix, verified.Count - suffix, received.Count - suffix);

        for (var k = suffix; k > 0; k--)
        {
            edits.Add(new LineEdit(LineEditKind.Keep, verified.Count - k, received.Count - k));
        }

        return edits;
    }

    private static void AddMiddle(List<LineEdit> edits, IReadOnlyList<string> verified, IReadOnlyList<string> received, int start, int verifiedEnd, int receivedEnd)
    {
        var rows = verifiedEnd - start;
        var columns = receivedEnd - start;
        if ((long)(rows + 1) * (columns + 1) > MaximumTableCells)
        {
            for (var i = start; i < verifiedEnd; i++)
            {
                edits.Add(new LineEdit(LineEditKind.Remove, i, -1));
            }

            for (var j = start; j < receivedEnd; j++)
            {
                edits.Add(new LineEdit(LineEditKind.Add, -1, j));
            }

            return;
        }

        // common[i, j]: longest common subsequence of the suffixes starting at i and j.
        var common = new int[rows + 1, columns + 1];
        for (var i = rows - 1; i >= 0; i--)
        {
            for (var j = columns - 1; j >= 0; j--)
            {
                common[i, j] = verified[start + i] == received[start + j]
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        int row = 0, column = 0;
        while (row < rows || column < columns)
        {
            if (row < rows && column < columns && verified[start + row] == received[start + column])
            {
                edits.Add(new LineEdit(LineEditKind.Keep, start + row++, start + column++));
            }
            else if (column == columns || (row < rows && common[row + 1, column] >= common[row, column + 1]))
            {
                edits.Add(new LineEdit(LineEditKind.Remove, start + row++, -1));
            }
            else
            {
                edits.Add(new LineEdit(LineEditKind.Add, -1, start + column++));
            }
        }
    }
}
