using System.Globalization;
using System.Text.Json;

namespace Llama2Validation.Engine.Serving;

/// <summary>A completions or chat request as the server understands it, read from the OpenAI (or llama.cpp /completion) wire format.</summary>
internal sealed record ServedRequest
{
    /// <summary>What llama.cpp's /completion takes as "no limit" for n_predict; served as the seed's cap.</summary>
    private const int Unlimited = -1;

    /// <summary>When a request gives no max_tokens: the seed's cap.</summary>
    public const int DefaultMaxTokens = 300;

    /// <summary>The model asked for; llama.cpp's /completion may leave it out (null).</summary>
    public string? Model { get; init; }

    /// <summary>The text prompt; empty when the prompt came as token ids.</summary>
    public string Prompt { get; init; } = "";

    /// <summary>A token-id prompt, used as it is (no BOS added, as vLLM and llama-server treat id prompts); null for text.</summary>
    public IReadOnlyList<int>? PromptTokenIds { get; init; }

    /// <summary>
    /// Generated ids in the answer: asked for with vLLM's return_token_ids or llama.cpp's return_tokens
    /// (llama.cpp's streamed /completion chunks always carry them). Off otherwise, as on those servers,
    /// so a client that stops asking is caught by the tests instead of being served ids anyway.
    /// </summary>
    public bool ReturnTokenIds { get; init; }

    public int MaxTokens { get; init; } = DefaultMaxTokens;

    public bool Stream { get; init; }

    public bool IncludeUsage { get; init; }

    public bool IgnoreEndOfSequence { get; init; }

    /// <summary>The request, or every reason it cannot be served (greedy only, one choice, one prompt).</summary>
    public static (ServedRequest? Request, IReadOnlyList<string> Problems) Read(JsonElement body, ServedRoute route)
    {
        var chat = route == ServedRoute.Chat;
        var problems = new List<string>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, ["the request body must be a JSON object"]);
        }

        var model = String(body, "model");
        if (model is null && route != ServedRoute.LlamaCompletion)
        {
            problems.Add("'model' is required");
        }

        var (prompt, ids) = chat ? (ChatPrompt(body, problems), (IReadOnlyList<int>?)null) : CompletionPrompt(body, problems);
        var maxTokens = (route == ServedRoute.LlamaCompletion ? Int(body, "n_predict", problems) : null)
            ?? Int(body, "max_tokens", problems) ?? Int(body, "max_completion_tokens", problems) ?? DefaultMaxTokens;
        maxTokens = route == ServedRoute.LlamaCompletion && maxTokens == Unlimited ? DefaultMaxTokens : maxTokens;
        if (maxTokens < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"'max_tokens' {maxTokens} must be at least 1"));
        }

        if (body.TryGetProperty("temperature", out var temperature) && temperature.ValueKind == JsonValueKind.Number && (!temperature.TryGetDouble(out var degrees) || degrees != 0))
        {
            problems.Add("only greedy decoding is served: 'temperature' must be 0");
        }

        if (Int(body, "n", problems) is { } n && n != 1)
        {
            problems.Add("only one choice is served: 'n' must be 1");
        }

        if (body.TryGetProperty("stop", out var stop) && !NoStop(stop))
        {
            // Accepting it and ignoring it would return text past the caller's stop sequence as if honoured.
            problems.Add("'stop' sequences are not served: generation ends at end-of-sequence or max_tokens; leave 'stop' out");
        }

        var include = body.TryGetProperty("stream_options", out var options) && options.ValueKind == JsonValueKind.Object && Bool(options, "include_usage");
        return problems.Count > 0
            ? (null, problems)
            : (new ServedRequest
            {
                Model = model,
                Prompt = prompt ?? "",
                PromptTokenIds = ids,
                ReturnTokenIds = Bool(body, "return_token_ids") || Bool(body, "return_tokens") || (route == ServedRoute.LlamaCompletion && Bool(body, "stream")),
                MaxTokens = maxTokens,
                Stream = Bool(body, "stream"),
                IncludeUsage = include,
                IgnoreEndOfSequence = Bool(body, "ignore_eos"),
            }, problems);
    }

    /// <summary>One string, one list of ids, or a list holding one of those (multi-prompt requests are not served).</summary>
    private static (string? Text, IReadOnlyList<int>? Ids) CompletionPrompt(JsonElement body, List<string> problems)
    {
        if (!body.TryGetProperty("prompt", out var prompt))
        {
            problems.Add("'prompt' is required");
            return (null, null);
        }

        if (prompt.ValueKind == JsonValueKind.Array && prompt.GetArrayLength() == 1 && prompt[0].ValueKind is JsonValueKind.String or JsonValueKind.Array)
        {
            prompt = prompt[0];
        }

        if (prompt.ValueKind == JsonValueKind.String)
        {
            return (prompt.GetString(), null);
        }

        if (prompt.ValueKind == JsonValueKind.Array && prompt.GetArrayLength() > 0 && TokenIds(prompt) is { } ids)
        {
            return (null, ids);
        }

        problems.Add("'prompt' must be one string or one non-empty list of token ids (non-negative integers); multi-prompt requests are not served");
        return (null, null);
    }

    private static List<int>? TokenIds(JsonElement array)
    {
        var ids = new List<int>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out var id) || id < 0)
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    private static string? ChatPrompt(JsonElement body, List<string> problems)
    {
        if (!body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
        {
            problems.Add("'messages' must be a non-empty array");
            return null;
        }

        var turns = new List<(string, string)>();
        foreach (var message in messages.EnumerateArray())
        {
            var role = String(message, "role");
            var content = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (role is null || content is null)
            {
                problems.Add("each message needs a string 'role' and a string 'content'");
                return null;
            }

            turns.Add((role, content));
        }

        return ChatTemplate.Apply(turns);
    }

    /// <summary>null, "" and [] ask for no stop sequence, as OpenAI's API reads them.</summary>
    private static bool NoStop(JsonElement stop) => stop.ValueKind switch
    {
        JsonValueKind.Null => true,
        JsonValueKind.String => stop.GetString()!.Length == 0,
        JsonValueKind.Array => stop.GetArrayLength() == 0,
        _ => false,
    };

    private static string? String(JsonElement holder, string name) =>
        holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Bool(JsonElement holder, string name) =>
        holder.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static int? Int(JsonElement holder, string name, List<string> problems)
    {
        if (!holder.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add($"'{name}' must be an integer");
        return null;
    }
}
