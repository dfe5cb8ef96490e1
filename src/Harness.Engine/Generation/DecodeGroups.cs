namespace Llama2Validation.Engine.Generation;

/// <summary>
/// Which decoding sequences share a micro-batch. With the KV cache split per sequence, llama.cpp gives every
/// sequence of a micro-batch attention over as many cells as the longest one in it holds (rounded up to
/// 256), so one long document makes a hundred short ones read its length at every step. Splitting a step
/// into micro-batches of similar lengths reads less of the cache, but reads the weights once more per extra
/// micro-batch. Both are memory reads, so bytes read is the cost, and the cheapest split is found exactly.
/// llama.cpp puts only sequences with consecutive ids in one micro-batch, so a group is a run of ids.
/// </summary>
internal sealed class DecodeGroups(long weightBytes, long kvBytesPerCell, int slotCells)
{
    private const int CellPadding = 256;

    /// <summary>
    /// Splits sequences, given in increasing id order with the cells each holds after this step, into runs.
    /// Returns each run as (first index, count), in index order.
    /// </summary>
    public IReadOnlyList<(int Start, int Count)> Split(IReadOnlyList<int> sequenceIds, IReadOnlyList<int> cellsAfterStep)
    {
        var n = sequenceIds.Count;
        var best = new long[n + 1];
        var cut = new int[n + 1];
        for (var end = 1; end <= n; end++)
        {
            best[end] = long.MaxValue;
            var longest = 0;
            for (var start = end - 1; start >= 0; start--)
            {
                if (start < end - 1 && sequenceIds[start] + 1 != sequenceIds[start + 1])
                {
                    break;
                }

                longest = Math.Max(longest, cellsAfterStep[start]);
                var cost = best[start] + weightBytes + ((end - start) * AttendedCells(longest) * kvBytesPerCell);
                if (cost < best[end])
                {
                    best[end] = cost;
                    cut[end] = start;
                }
            }
        }

        var groups = new List<(int, int)>();
        for (var end = n; end > 0; end = cut[end])
        {
            groups.Add((cut[end], end - cut[end]));
        }

        groups.Reverse();
        return groups;
    }

    /// <summary>n_kv of a micro-batch whose longest sequence holds <paramref name="cells"/> (llama_kv_cache::get_n_kv).</summary>
    private long AttendedCells(int cells) =>
        Math.Min(slotCells, Math.Max(CellPadding, (cells + CellPadding - 1) / CellPadding * CellPadding));
}
