using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Memory;

/// <summary>
/// The memory matrix: memory class (each A100 size its own) × strategy × parallel sequences, every
/// sequence holding the seed workload's context. Rows carry Category (and GpuMemory) traits.
/// </summary>
public static class MemoryMatrix
{
    /// <summary>The parallel count rides along as a second argument so each row's name shows it.</summary>
    public static IEnumerable<TheoryDataRow<MatrixCase, int>> Rows =>
        from memoryClass in MemoryClasses.All
        from strategy in StrategyCatalog.InProcess
        from parallel in SeedWorkload.ParallelCounts
        let gateCase = new GateCase(memoryClass.HardwareTarget, MemoryExpectations.Spec(strategy, parallel, SeedWorkload.ContextFor(SeedWorkload.ModelFor(memoryClass))))
        select WithTraits(new TheoryDataRow<MatrixCase, int>(new MatrixCase(gateCase), parallel), gateCase.Target);

    private static TheoryDataRow<MatrixCase, int> WithTraits(TheoryDataRow<MatrixCase, int> row, HardwareTarget target)
    {
        row.WithTrait(TestTraits.Category, target.Category);
        return target.GpuMemory is { } size ? row.WithTrait(TestTraits.GpuMemory, size) : row;
    }

    /// <summary>The memory class a row's hardware target stands for.</summary>
    public static MemoryClass ClassOf(HardwareTarget target) =>
        MemoryClasses.All.Single(c => c.Class == target.Class && c.GpuMemory == target.GpuMemory);
}
