using LLama;

namespace Llama2Validation.Engine.Generation;

/// <summary>
/// A second context on the session's weights, with fewer and longer slots, for the documents the main
/// context's slots cannot hold (see <see cref="Harness.Strategies.StrategySpec.OverflowSequences"/>).
/// </summary>
internal sealed class OverflowContext(LLamaContext context, int slotCells, BackendGreedy? greedy) : IDisposable
{
    public LLamaContext Context { get; } = context;

    public int SlotCells { get; } = slotCells;

    public BackendGreedy? Greedy { get; } = greedy;

    public void Dispose()
    {
        Greedy?.Dispose();
        Context.Dispose();
    }
}
