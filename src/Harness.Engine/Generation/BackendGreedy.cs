using System.Runtime.InteropServices;
using LLama.Native;
using Llama2Validation.Engine.Native;

namespace Llama2Validation.Engine.Generation;

/// <summary>
/// Greedy picks made by llama.cpp inside the decode graph (its backend sampling): an argmax per sequence
/// runs where the logits are, and only the chosen token ids come back. On a GPU that replaces copying
/// sequences × vocabulary logits to the host after every step, and scanning them there, with one small
/// kernel and a four-byte copy per sequence. Where several logits tie for the maximum, llama.cpp's CPU argmax
/// picks the first, as <see cref="GreedyTokens"/> does, but its CUDA kernel may pick another: outputs can
/// differ from host picks (docs/gpu.md has how often, on random weights), never from run to run.
/// LLamaSharp 0.30.0 builds the sampler chains but does not expose attaching them to a context, so those two
/// calls go to libllama directly.
/// </summary>
internal sealed unsafe class BackendGreedy : IDisposable
{
    private readonly SafeLLamaContextHandle context;
    private readonly List<SafeLLamaSamplerChainHandle> chains;
    private readonly delegate* unmanaged[Cdecl]<nint, int, nint, byte> attach;
    private readonly delegate* unmanaged[Cdecl]<nint, int, int> sampledTokenAt;

    private BackendGreedy(
        SafeLLamaContextHandle context,
        List<SafeLLamaSamplerChainHandle> chains,
        delegate* unmanaged[Cdecl]<nint, int, nint, byte> attach,
        delegate* unmanaged[Cdecl]<nint, int, int> sampledTokenAt)
    {
        this.context = context;
        this.chains = chains;
        this.attach = attach;
        this.sampledTokenAt = sampledTokenAt;
    }

    /// <summary>
    /// Gives each of the context's <paramref name="sequences"/> its own greedy chain (llama.cpp initialises a
    /// chain for one sequence only). Null when the loaded library cannot run the argmax where the logits are:
    /// the caller then picks on the host.
    /// </summary>
    public static BackendGreedy? TryAttach(SafeLLamaContextHandle context, int sequences)
    {
        var library = NativeLibrary.Load((LlamaNative.Loaded ?? LlamaNative.EnsureLoaded()).LibraryPath);
        if (!NativeLibrary.TryGetExport(library, "llama_set_sampler", out var setSampler)
            || !NativeLibrary.TryGetExport(library, "llama_get_sampled_token_ith", out var sampledTokenAt))
        {
            return null;
        }

        var attach = (delegate* unmanaged[Cdecl]<nint, int, nint, byte>)setSampler;
        var chains = new List<SafeLLamaSamplerChainHandle>(sequences);
        var attached = true;
        for (var sequence = 0; sequence < sequences && attached; sequence++)
        {
            var chain = SafeLLamaSamplerChainHandle.Create(LLamaSamplerChainParams.Default());
            chain.AddGreedySampler();
            chains.Add(chain);
            attached = attach(context.DangerousGetHandle(), sequence, chain.DangerousGetHandle()) != 0;
        }

        var greedy = new BackendGreedy(context, chains, attach, (delegate* unmanaged[Cdecl]<nint, int, int>)sampledTokenAt);
        if (!attached)
        {
            greedy.Dispose();
            return null;
        }

        return greedy;
    }

    /// <summary>The token picked for each output index of the last decode; the first call waits for that decode.</summary>
    public LLamaToken[] Pick(IReadOnlyList<int> logitIndices)
    {
        var tokens = new LLamaToken[logitIndices.Count];
        var handle = context.DangerousGetHandle();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = sampledTokenAt(handle, logitIndices[i]);
            tokens[i] = token >= 0
                ? (LLamaToken)token
                : throw new InvalidOperationException($"llama.cpp picked no token for output {logitIndices[i]} of the last decode.");
        }

        return tokens;
    }

    /// <summary>Detaches the chains from a context still open (it must not point at freed ones), then frees them.</summary>
    public void Dispose()
    {
        if (!context.IsClosed)
        {
            for (var sequence = 0; sequence < chains.Count; sequence++)
            {
                attach(context.DangerousGetHandle(), sequence, 0);
            }
        }

        chains.ForEach(chain => chain.Dispose());
        chains.Clear();
    }
}
