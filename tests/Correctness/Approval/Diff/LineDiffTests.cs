using Llama2Validation.Harness.Approval.Diff;

namespace Llama2Validation.Tests.Correctness.Approval.Diff;

public sealed class LineDiffTests
{
    [Fact]
    public void EqualTexts_HaveNoDiff() => LineDiff.Compute("a\nb\n", "a\r\nb").IsEmpty.Should().BeTrue();

    [Fact]
    public void Hunks_CarryLineNumbersAndThreeLinesOfContext()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var after = before.Replace("line 10", "line ten", StringComparison.Ordinal) + "\nline 21";

        var diff = LineDiff.Compute(before, after);

        diff.RemovedLines.Should().Be(1);
        diff.AddedLines.Should().Be(2);
        diff.FirstDifferentLine.Should().Be(10);
        diff.Text.Should().Contain("@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n");
        diff.Text.Should().Contain("@@ -18,3 +18,4 @@\n line 18\n line 19\n line 20\n+line 21\n");
        diff.Text.Should().NotContain("line 5\n");
        diff.Summary.Should().Be("+2 -1 lines, first difference at line 10");
    }

    [Fact]
    public void LongDiffs_AreCut()
    {
        var before = string.Join('\n', Enumerable.Range(1, 500).Select(i => $"a{i}"));
        var after = string.Join('\n', Enumerable.Range(1, 500).Select(i => $"b{i}"));

        var diff = LineDiff.Compute(before, after, maximumLines: 20);

        LineDiff.SplitLines(diff.Text).Count.Should().BeLessThan(30);
        diff.Text.Should().Contain("diff cut after 20 lines (+500 -500 in all)");
    }
}
