using System.Globalization;
using System.Text.Json;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// Reads the response shapes OpenAI-compatible servers send, tolerantly: servers differ in which
/// optional fields they fill (vLLM token_ids / "token_id:N" logprobs, llama.cpp tokens, usage in the
/// last chunk or not), so every field is optional and only malformed JSON is an error.
/// </summary>
public static class StreamChunkParser
{
    private const string TokenIdPrefix = "token_id:";

    /// <exception cref="EndpointRequestException">The payload is not a JSON object.</exception>
    public static StreamChunk Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new EndpointRequestException($"malformed JSON from the server ({e.Message}): {Excerpt(json)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new EndpointRequestException($"expected a JSON object from the server, got {root.ValueKind}: {Excerpt(json)}");
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind is not JsonValueKind.Null)
            {
                return new StreamChunk { Error = ErrorMessage(error) };
            }

            if (!root.TryGetProperty("choices", out _) && root.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
            {
                return LlamaCompletionChunk(root, content.GetString() ?? "");
            }

            var usage = root.TryGetProperty("usage", out var u) && u.ValueKind == JsonValueKind.Object ? u : default;
            var choice = FirstChoice(root);
            return new StreamChunk
            {
                Text = choice is { } c ? ChoiceText(c) : "",
                TokenIds = choice is { } ch ? TokenIds(ch) ?? IntArray(root, "tokens") : null,
                FinishReason = choice is { } f && f.TryGetProperty("finish_reason", out var reason) && reason.ValueKind == JsonValueKind.String ? reason.GetString() : null,
                PromptTokens = Int(usage, "prompt_tokens") ?? (choice is { } p ? IntArray(p, "prompt_token_ids")?.Count : null) ?? IntArray(root, "prompt_token_ids")?.Count,
                CompletionTokens = Int(usage, "completion_tokens"),
            };
        }
    }

    /// <summary>
    /// llama.cpp server's /completion shape: content and tokens at the root, stop=true on the last chunk
    /// with stop_type (eos, limit, word), tokens_evaluated (prompt) and tokens_predicted.
    /// </summary>
    private static StreamChunk LlamaCompletionChunk(JsonElement root, string content)
    {
        var stopped = root.TryGetProperty("stop", out var stop) && stop.ValueKind == JsonValueKind.True;
        var stopType = root.TryGetProperty("stop_type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
        return new StreamChunk
        {
            Text = content,
            TokenIds = IntArray(root, "tokens") is { Count: > 0 } ids ? ids : null,
            FinishReason = stopped ? (stopType == "limit" ? "length" : "stop") : null,
            EndOfSequence = stopped && stopType == "eos",
            PromptTokens = Int(root, "tokens_evaluated"),
            CompletionTokens = stopped ? Int(root, "tokens_predicted") : null,
        };
    }

    /// <summary>The message of an OpenAI-style error body ({"error": {"message": ...}} or {"error": "..."}), else the body itself.</summary>
    public static string ErrorMessageOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (document.RootElement.TryGetProperty("error", out var error))
                {
                    return ErrorMessage(error);
                }

                if (document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                {
                    return message.GetString() ?? "";
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): the raw excerpt is the best description.
        }

        return Excerpt(body);
    }

    internal static string Excerpt(string text, int length = 300) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");

    private static string ErrorMessage(JsonElement error) => error.ValueKind switch
    {
        JsonValueKind.String => error.GetString() ?? "",
        JsonValueKind.Object when error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String => m.GetString() ?? "",
        _ => Excerpt(error.GetRawText()),
    };

    private static JsonElement? FirstChoice(JsonElement root)
    {
        if (!root.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        JsonElement? first = null;
        foreach (var choice in choices.EnumerateArray())
        {
            if (choice.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (Int(choice, "index") is null or 0)
            {
                return choice;
            }

            first ??= choice;
        }

        return first;
    }

    private static string ChoiceText(JsonElement choice)
    {
        foreach (var (container, field) in new[] { ("", "text"), ("delta", "content"), ("message", "content") })
        {
            var holder = container.Length == 0 ? choice : choice.TryGetProperty(container, out var inner) ? inner : default;
            if (holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty(field, out var text) && text.ValueKind == JsonValueKind.String)
            {
                return text.GetString() ?? "";
            }
        }

        return "";
    }

    private static List<int>? TokenIds(JsonElement choice)
    {
        if (IntArray(choice, "token_ids") is { } ids)
        {
            return ids;
        }

        if (!choice.TryGetProperty("logprobs", out var logprobs) || logprobs.ValueKind != JsonValueKind.Object)
        {
            return IntArray(choice, "tokens");
        }

        // vLLM with return_tokens_as_token_ids: completions logprobs.tokens are "token_id:N" strings.
        if (logprobs.TryGetProperty("tokens", out var tokens) && tokens.ValueKind == JsonValueKind.Array)
        {
            var parsed = tokens.EnumerateArray().Select(ParseTokenIdString).ToList();
            return parsed.All(t => t is not null) ? parsed.Select(t => t!.Value).ToList() : null;
        }

        // Chat logprobs: content[] entries carry an id (llama.cpp) or a "token_id:N" token (vLLM).
        if (logprobs.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Array)
        {
            var parsed = content.EnumerateArray()
                .Select(entry => Int(entry, "id") ?? (entry.TryGetProperty("token", out var t) ? ParseTokenIdString(t) : null))
                .ToList();
            return parsed.Count > 0 && parsed.All(t => t is not null) ? parsed.Select(t => t!.Value).ToList() : null;
        }

        return null;
    }

    private static int? ParseTokenIdString(JsonElement token) =>
        token.ValueKind == JsonValueKind.String
        && token.GetString() is { } s
        && s.StartsWith(TokenIdPrefix, StringComparison.Ordinal)
        && int.TryParse(s.AsSpan(TokenIdPrefix.Length), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    private static List<int>? IntArray(JsonElement holder, string name)
    {
        if (holder.ValueKind != JsonValueKind.Object || !holder.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var values = new List<int>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var value))
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    private static int? Int(JsonElement holder, string name) =>
        holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)
            ? n
            : null;
}
