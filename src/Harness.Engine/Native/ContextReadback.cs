using System.Runtime.InteropServices;
using LLama;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Engine.Native;

/// <summary>
/// Reads back from a created llama.cpp context what it really holds. n_batch and n_ubatch come through
/// LLamaSharp's handle; n_seq_max and n_ctx_seq through libllama's own exports (LLamaSharp 0.30.0 keeps its
/// bindings for them private), looked up in the library <see cref="LlamaNative"/> loaded.
/// </summary>
internal static unsafe class ContextReadback
{
    public static ContextSettings Read(LLamaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var handle = context.NativeHandle;
        var library = NativeLibrary.Load(LlamaNative.Loaded?.LibraryPath ?? throw new InvalidOperationException("llama.cpp is not loaded"));
        var contextPointer = handle.DangerousGetHandle();
        var sequences = (int)(Call(library, "llama_n_seq_max", contextPointer) ?? 1);
        return new ContextSettings
        {
            Sequences = sequences,
            // Without llama_n_ctx_seq (older builds) the split cache gives each sequence an equal share.
            CellsPerSequence = (int)(Call(library, "llama_n_ctx_seq", contextPointer) ?? handle.ContextSize / (uint)Math.Max(1, sequences)),
            Batch = (int)handle.BatchSize,
            MicroBatch = (int)handle.UBatchSize,
        };
    }

    private static uint? Call(nint library, string export, nint context)
    {
        if (!NativeLibrary.TryGetExport(library, export, out var address))
        {
            return null;
        }

        var function = (delegate* unmanaged<nint, uint>)address;
        return function(context);
    }
}
