namespace Llama2Validation.Harness.Memory;

/// <summary>
/// A batch-size sweep like the seed's (1, 2, 3, 4, 5, 10 and upward): per parallel count, the predicted
/// GPU memory and whether it fits each GPU class. docs/s comes from real runs (<c>l2v run --parallel N</c>).
/// </summary>
public static class MemorySweep
{
    public static IReadOnlyList<int> DefaultCounts { get; } = [1, 2, 3, 4, 5, 10, 16, 32, 64, 100, 128, 256];

    public static IReadOnlyList<MemorySweepRow> Run(ModelFootprint model, MemoryConfiguration baseConfiguration, IEnumerable<int> counts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseConfiguration);
        ArgumentNullException.ThrowIfNull(counts);
        return
        [
            .. counts.Select(n =>
            {
                var configuration = baseConfiguration with { ParallelSequences = n, BatchSize = Math.Max(baseConfiguration.BatchSize, n) };
                var prediction = MemoryModel.Predict(model, configuration, MemoryTarget.Gpu);
                return new MemorySweepRow(n, prediction, MemoryClasses.Gpus.Select(c => (c, prediction.FitsIn(c.TotalMiB))).ToList());
            }),
        ];
    }
}
