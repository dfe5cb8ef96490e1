
namespace Llama2Validation.Engine.Serving;

/// <summary>The routes that generate, each with its own wire shape.</summary>
internal enum ServedRoute
{
    /// <summary>POST /v1/completions (OpenAI).</summary>
    Completions,

    /// <summary>POST /v1/chat/completions (OpenAI).</summary>
    Chat,

    /// <summary>POST /completion in llama.cpp server's own shape (content, tokens, stop), so the client's llama-server path is tested here.</summary>
    LlamaCompletion,
}
