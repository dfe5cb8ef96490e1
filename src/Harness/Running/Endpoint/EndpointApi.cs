namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>Which route carries the prompt.</summary>
public enum EndpointApi
{
    /// <summary>POST /v1/completions with the prompt verbatim: the seed's prompt has no chat template.</summary>
    Completions,

    /// <summary>POST /v1/chat/completions with the prompt as one user message; the server applies its template.</summary>
    Chat,

    /// <summary>
    /// POST /completion, llama.cpp server's own route: the only one of llama-server's where streamed
    /// chunks carry the generated token ids (its /v1/completions chunks carry text only).
    /// </summary>
    LlamaCompletion,
}
