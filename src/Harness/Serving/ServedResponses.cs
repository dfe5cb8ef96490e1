using System.Text.Json.Nodes;

namespace Llama2Validation.Harness.Serving;

/// <summary>
/// The OpenAI wire shapes the server writes. Every choice also carries "token_ids" (the field vLLM
/// uses for return_token_ids), so clients compare outputs by id, not by text that may split a UTF-8
/// sequence across tokens.
/// </summary>
internal sealed record ServedResponses(string Id, long Created, string Model, bool Chat)
{
    public JsonObject Chunk(string text, IReadOnlyList<int> tokenIds, string? finishReason, bool announceRole = false)
    {
        var choice = new JsonObject { ["index"] = 0 };
        if (Chat)
        {
            var delta = new JsonObject();
            if (announceRole)
            {
                delta["role"] = "assistant";
            }

            delta["content"] = text;
            choice["delta"] = delta;
        }
        else
        {
            choice["text"] = text;
        }

        choice["token_ids"] = Ids(tokenIds);
        choice["logprobs"] = null;
        choice["finish_reason"] = finishReason;
        return Envelope(Chat ? "chat.completion.chunk" : "text_completion", new JsonArray(choice));
    }

    public JsonObject UsageChunk(int promptTokens, int completionTokens)
    {
        var chunk = Envelope(Chat ? "chat.completion.chunk" : "text_completion", []);
        chunk["usage"] = Usage(promptTokens, completionTokens);
        return chunk;
    }

    public JsonObject Whole(string text, IReadOnlyList<int> tokenIds, string finishReason, int promptTokens)
    {
        var choice = new JsonObject { ["index"] = 0 };
        if (Chat)
        {
            choice["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text };
        }
        else
        {
            choice["text"] = text;
        }

        choice["token_ids"] = Ids(tokenIds);
        choice["logprobs"] = null;
        choice["finish_reason"] = finishReason;
        var whole = Envelope(Chat ? "chat.completion" : "text_completion", new JsonArray(choice));
        whole["usage"] = Usage(promptTokens, tokenIds.Count);
        return whole;
    }

    public static JsonObject Error(string message, string type, int code) =>
        new() { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code } };

    private JsonObject Envelope(string kind, JsonArray choices) => new()
    {
        ["id"] = Id,
        ["object"] = kind,
        ["created"] = Created,
        ["model"] = Model,
        ["choices"] = choices,
    };

    private static JsonArray Ids(IReadOnlyList<int> ids) => new([.. ids.Select(id => (JsonNode)id)]);

    private static JsonObject Usage(int prompt, int completion) => new()
    {
        ["prompt_tokens"] = prompt,
        ["completion_tokens"] = completion,
        ["total_tokens"] = prompt + completion,
    };
}
