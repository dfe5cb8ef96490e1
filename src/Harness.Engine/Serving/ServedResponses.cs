using System.Text.Json.Nodes;

namespace Llama2Validation.Engine.Serving;

/// <summary>
/// The wire shapes the server writes: OpenAI's, with "token_ids" on each choice when the request asked
/// for ids (vLLM's field for return_token_ids), and llama.cpp's /completion shape (content, tokens, stop).
/// </summary>
internal sealed record ServedResponses(string Id, long Created, string Model, ServedRoute Route, bool ReturnTokenIds)
{
    public bool Chat => Route == ServedRoute.Chat;

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

        AddIds(choice, tokenIds);
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

        AddIds(choice, tokenIds);
        choice["logprobs"] = null;
        choice["finish_reason"] = finishReason;
        var whole = Envelope(Chat ? "chat.completion" : "text_completion", new JsonArray(choice));
        whole["usage"] = Usage(promptTokens, tokenIds.Count);
        return whole;
    }

    /// <summary>llama.cpp /completion: one generated piece; "tokens" stays empty unless ids were asked for.</summary>
    public JsonObject LlamaChunk(string text, IReadOnlyList<int> tokenIds, int predicted, int promptTokens) => new()
    {
        ["index"] = 0,
        ["content"] = text,
        ["tokens"] = Ids(ReturnTokenIds ? tokenIds : []),
        ["stop"] = false,
        ["id_slot"] = 0,
        ["tokens_predicted"] = predicted,
        ["tokens_evaluated"] = promptTokens,
    };

    /// <summary>llama.cpp /completion's last object: the whole text and ids when not streamed, nothing more when streamed.</summary>
    public JsonObject LlamaFinal(string text, IReadOnlyList<int> tokenIds, bool endOfSequence, int predicted, int promptTokens) => new()
    {
        ["index"] = 0,
        ["content"] = text,
        ["tokens"] = Ids(ReturnTokenIds ? tokenIds : []),
        ["id_slot"] = 0,
        ["stop"] = true,
        ["model"] = Model,
        ["tokens_predicted"] = predicted,
        ["tokens_evaluated"] = promptTokens,
        ["stop_type"] = endOfSequence ? "eos" : "limit",
        ["stopping_word"] = "",
        ["truncated"] = false,
    };

    public static JsonObject Error(string message, string type, int code) =>
        new() { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code } };

    private void AddIds(JsonObject choice, IReadOnlyList<int> tokenIds)
    {
        if (ReturnTokenIds)
        {
            choice["token_ids"] = Ids(tokenIds);
        }
    }

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
