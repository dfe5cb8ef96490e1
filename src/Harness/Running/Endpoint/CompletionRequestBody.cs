using System.Text.Json.Nodes;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>The JSON a spec sends for one prompt: greedy, capped, streamed, with usage in the stream.</summary>
public static class CompletionRequestBody
{
    public static JsonObject For(EndpointSpec spec, EndpointPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(prompt);
        return spec.Api == EndpointApi.LlamaCompletion ? LlamaCompletion(spec, prompt) : OpenAi(spec, prompt);
    }

    private static JsonObject OpenAi(EndpointSpec spec, EndpointPrompt prompt)
    {
        var body = new JsonObject { ["model"] = spec.Model };
        if (spec.Api == EndpointApi.Chat)
        {
            // Chat has no token-id form; the runner refuses id prompts on this route before sending.
            body["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompt.Text ?? "" });
        }
        else
        {
            body["prompt"] = PromptNode(prompt);
        }

        body["max_tokens"] = spec.ForceNewTokens ?? spec.MaxNewTokens;
        body["temperature"] = 0;
        body["stream"] = true;
        body["stream_options"] = new JsonObject { ["include_usage"] = true };
        if (spec.ForceNewTokens is not null)
        {
            // Not OpenAI's API, but vLLM and llama.cpp server both honour it: exactly max_tokens tokens.
            body["ignore_eos"] = true;
        }

        if (spec.RequestTokenIds)
        {
            // vLLM's name, then llama.cpp's (which its /v1 routes accept but only /completion answers).
            body["return_token_ids"] = true;
            body["return_tokens"] = true;
        }

        if (spec.RequestLogprobs)
        {
            body["logprobs"] = spec.Api == EndpointApi.Chat ? true : 1;
            body["return_tokens_as_token_ids"] = true;
        }

        return body;
    }

    /// <summary>llama.cpp server's /completion: n_predict, return_tokens, and no prompt cache (its reuse can change logits).</summary>
    private static JsonObject LlamaCompletion(EndpointSpec spec, EndpointPrompt prompt)
    {
        var body = new JsonObject
        {
            ["model"] = spec.Model,
            ["prompt"] = PromptNode(prompt),
            ["n_predict"] = spec.ForceNewTokens ?? spec.MaxNewTokens,
            ["temperature"] = 0,
            ["stream"] = true,
            ["return_tokens"] = spec.RequestTokenIds,
            ["cache_prompt"] = false,
        };
        if (spec.ForceNewTokens is not null)
        {
            body["ignore_eos"] = true;
        }

        if (spec.RequestLogprobs)
        {
            body["n_probs"] = 1;
        }

        return body;
    }

    private static JsonNode PromptNode(EndpointPrompt prompt) =>
        prompt.TokenIds is { } ids ? new JsonArray([.. ids.Select(id => (JsonNode)id)]) : JsonValue.Create(prompt.Text!);
}
