using Llama2Validation.Harness.Gating;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// Theory rows for the test matrix, each tagged with its <c>Category</c> (and <c>GpuMemory</c> where the
/// target names a size), so <c>dotnet test --filter Category=A100</c> selects one class's rows.
/// Use as <c>[MemberData(nameof(MatrixRows.InProcess), MemberType = typeof(MatrixRows))]</c>.
/// </summary>
public static class MatrixRows
{
    /// <summary>Every class × the five in-process strategies.</summary>
    public static IEnumerable<TheoryDataRow<MatrixCase>> InProcess => From(TestMatrix.InProcess);

    /// <summary>As <see cref="InProcess"/>, with each A100 size its own row (memory-outcome tests).</summary>
    public static IEnumerable<TheoryDataRow<MatrixCase>> InProcessBySize => From(TestMatrix.InProcessBySize);

    public static IEnumerable<TheoryDataRow<MatrixCase>> From(IEnumerable<GateCase> cases) => cases.Select(Row);

    public static TheoryDataRow<MatrixCase> Row(GateCase gateCase)
    {
        var row = new TheoryDataRow<MatrixCase>(new MatrixCase(gateCase)).WithTrait(TestTraits.Category, gateCase.Target.Category);
        return gateCase.Target.GpuMemory is { } size ? row.WithTrait(TestTraits.GpuMemory, size) : row;
    }
}
