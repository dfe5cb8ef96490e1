using System.Text.Json.Nodes;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>The JSON a spec sends for one prompt: greedy, capped, streamed, with usage in the stream.</summary>
public static class CompletionRequestBody
{
    public static JsonObject For(EndpointSpec spec, string prompt)
    {
        var body = new JsonObject { ["model"] = spec.Model };
        if (spec.Api == EndpointApi.Chat)
        {
            body["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = prompt });
        }
        else
        {
            body["prompt"] = prompt;
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
}
