using LLama;
using LLama.Common;
using LLama.Native;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Engine.Generation;

/// <summary>A loaded model and one context shaped by a strategy spec: slots × cells per slot.</summary>
internal sealed class LlamaSession : IDisposable
{
    private LlamaSession(LLamaWeights weights, LLamaContext context, int slotCells, BackendGreedy? greedy, OverflowContext? overflow)
    {
        Weights = weights;
        Context = context;
        SlotCells = slotCells;
        Greedy = greedy;
        Overflow = overflow;
    }

    public LLamaWeights Weights { get; }

    public LLamaContext Context { get; }

    /// <summary>KV cells each sequence owns (the KV cache is split per sequence, never unified).</summary>
    public int SlotCells { get; }

    /// <summary>
    /// Greedy picks inside the decode, attached for the batched strategy on a CUDA device, where copying and
    /// scanning a row of logits per sequence every step costs the GPU time (one row, one at a time, does
    /// not). Null otherwise: on the CPU the logits are already in host memory.
    /// </summary>
    public BackendGreedy? Greedy { get; }

    /// <summary>The second context for documents too long for this one's slots; null when the spec asks for none.</summary>
    public OverflowContext? Overflow { get; }

    public static LlamaSession Open(RunRequest request) => Open(request, logitsOnHost: false);

    /// <param name="request">The run's spec, model file and device settings.</param>
    /// <param name="logitsOnHost">Every sequence's whole row of logits must reach the host (agreement reads them), so no greedy picks on the device.</param>
    public static LlamaSession Open(RunRequest request, bool logitsOnHost)
    {
        var spec = request.Spec;
        var parameters = Parameters(request, spec.ParallelSequences, contextSize: 0);
        var weights = LLamaWeights.LoadFromFile(parameters);
        LLamaContext? context = null;
        try
        {
            var slotCells = ContextCells.PerSlot(spec, weights.ContextSize);
            var cells = (long)slotCells * spec.ParallelSequences;
            context = weights.CreateContext(Parameters(request, spec.ParallelSequences, checked((uint)cells)));
            var greedy = PicksOnDevice(request) && !logitsOnHost ? BackendGreedy.TryAttach(context.NativeHandle, spec.ParallelSequences) : null;
            var overflow = spec.OverflowSequences > 0 && !logitsOnHost ? OpenOverflow(request, weights) : null;
            return new LlamaSession(weights, context, slotCells, greedy, overflow);
        }
        catch
        {
            context?.Dispose();
            weights.Dispose();
            throw;
        }
    }

    private static OverflowContext OpenOverflow(RunRequest request, LLamaWeights weights)
    {
        var spec = request.Spec;
        var slotCells = ContextCells.Padded(spec.OverflowContextPerSequence ?? weights.ContextSize);
        var context = weights.CreateContext(Parameters(request, spec.OverflowSequences, checked((uint)((long)slotCells * spec.OverflowSequences))));
        try
        {
            var greedy = PicksOnDevice(request) ? BackendGreedy.TryAttach(context.NativeHandle, spec.OverflowSequences) : null;
            return new OverflowContext(context, slotCells, greedy);
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    private static bool PicksOnDevice(RunRequest request) =>
        request.Spec.Kind == StrategyKind.Batched
        && request.GpuLayers > 0
        && LlamaNative.Loaded?.Backend == "cuda";

    private static ModelParams Parameters(RunRequest request, int slots, uint contextSize)
    {
        var spec = request.Spec;
        // llama.cpp's own default is the physical cores; half the logical ones is that on SMT machines, and
        // on a 2-core CI box it keeps one core for the host instead of two spinning threads fighting it.
        var threads = spec.Threads ?? Math.Max(1, System.Environment.ProcessorCount / 2);
        return new ModelParams(request.ModelPath)
        {
            ContextSize = contextSize,
            GpuLayerCount = request.GpuLayers,
            SeqMax = (uint)slots,
            BatchSize = (uint)Math.Max(spec.BatchSize, slots),
            UBatchSize = (uint)spec.MicroBatchSize,
            Threads = threads,
            BatchThreads = threads,
            // Always explicit: null would leave llama.cpp on "auto", and default vs flash-attn must really differ.
            FlashAttention = spec.FlashAttention,
            TypeK = KvType(spec.KvCache),
            TypeV = KvType(spec.KvCache),
            // A unified cache makes prefill and decode slow at many sequences (see the GPU anchors).
            KVUnified = false,
        };
    }

    private static GGMLType KvType(KvCacheType type) => type switch
    {
        KvCacheType.Q8_0 => GGMLType.GGML_TYPE_Q8_0,
        _ => GGMLType.GGML_TYPE_F16,
    };

    public void Dispose()
    {
        Overflow?.Dispose();
        Greedy?.Dispose();
        Context.Dispose();
        Weights.Dispose();
    }
}
