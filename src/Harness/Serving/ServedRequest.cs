using System.Globalization;
using System.Text.Json;

namespace Llama2Validation.Harness.Serving;

/// <summary>A completions or chat request as the server understands it, read from the OpenAI wire format.</summary>
internal sealed record ServedRequest
{
    /// <summary>When a request gives no max_tokens: the seed's cap.</summary>
    public const int DefaultMaxTokens = 300;

    public required string Model { get; init; }

    public required string Prompt { get; init; }

    public int MaxTokens { get; init; } = DefaultMaxTokens;

    public bool Stream { get; init; }

    public bool IncludeUsage { get; init; }

    public bool IgnoreEndOfSequence { get; init; }

    /// <summary>The request, or every reason it cannot be served (greedy only, one choice, text prompts).</summary>
    public static (ServedRequest? Request, IReadOnlyList<string> Problems) Read(JsonElement body, bool chat)
    {
        var problems = new List<string>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, ["the request body must be a JSON object"]);
        }

        var model = String(body, "model");
        if (model is null)
        {
            problems.Add("'model' is required");
        }

        var prompt = chat ? ChatPrompt(body, problems) : TextPrompt(body, problems);
        var maxTokens = Int(body, "max_tokens", problems) ?? Int(body, "max_completion_tokens", problems) ?? DefaultMaxTokens;
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
                Model = model!,
                Prompt = prompt!,
                MaxTokens = maxTokens,
                Stream = Bool(body, "stream"),
                IncludeUsage = include,
                IgnoreEndOfSequence = Bool(body, "ignore_eos"),
            }, problems);
    }

    private static string? TextPrompt(JsonElement body, List<string> problems)
    {
        if (!body.TryGetProperty("prompt", out var prompt))
        {
            problems.Add("'prompt' is required");
            return null;
        }

        if (prompt.ValueKind == JsonValueKind.String)
        {
            return prompt.GetString();
        }

        if (prompt.ValueKind == JsonValueKind.Array && prompt.GetArrayLength() == 1 && prompt[0].ValueKind == JsonValueKind.String)
        {
            return prompt[0].GetString();
        }

        problems.Add("'prompt' must be one string (token-id and multi-prompt requests are not served)");
        return null;
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
