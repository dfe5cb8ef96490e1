using System.Globalization;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// Something wrong with one input record, returned as data so that a run can load everything else
/// and decide itself whether to print, fail or carry on.
/// </summary>
/// <param name="Source">The file, or the article URL when the problem is in an article's content.</param>
/// <param name="Line">1-based line in <paramref name="Source"/> (row for Parquet), when there is one.</param>
/// <param name="Reason">What is wrong, in words.</param>
public sealed record DatasetProblem(string Source, int? Line, string Reason)
{
    /// <summary>Compiler-style <c>file:line: reason</c>, so editors and CI logs link to the line.</summary>
    public override string ToString() =>
        Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{Source}:{line}: {Reason}")
            : $"{Source}: {Reason}";
}
