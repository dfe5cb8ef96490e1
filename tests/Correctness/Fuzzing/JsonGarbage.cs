using System.Text;
using System.Text.Json;

namespace Llama2Validation.Tests.Correctness.Fuzzing;

/// <summary>
/// Request bodies for the server's JSON routes, written as text so that they can hold what no JSON
/// library would write: numbers out of range, truncation, nesting past the parser's limit, raw bytes.
/// Most bodies are objects with the OpenAI fields, so the reader's every branch is reached.
/// </summary>
internal sealed class JsonGarbage(Garbage garbage, string modelName)
{
    private static readonly string[] Fields =
    [
        "model", "prompt", "messages", "max_tokens", "max_completion_tokens", "temperature", "n", "stream",
        "stream_options", "stop", "ignore_eos", "logprobs", "return_token_ids", "seed", "__proto__", "",
    ];

    private static readonly string[] Numbers =
    [
        "0", "1", "2", "5", "-1", "-0", "1.5", "1e309", "-1e309", "99999999999999999999999", "2147483648", "1E2", "0.0", "4096",
    ];

    public byte[] Body() => garbage.Between(0, 12) switch
    {
        0 => garbage.Bytes(garbage.Between(0, 200)),
        1 => Truncated(),
        2 => Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)),
        3 => Encoding.UTF8.GetBytes(Value(depth: 0)),
        _ => Encoding.UTF8.GetBytes(Request()),
    };

    private byte[] Truncated()
    {
        var whole = Encoding.UTF8.GetBytes(Request());
        return whole[..garbage.Between(0, whole.Length)];
    }

    private string Request()
    {
        var members = new List<string>();

        // Usually a request that gets as far as the model and the prompt checks; fields that follow win.
        if (garbage.Chance(0.7))
        {
            members.Add($"\"model\":{Quote(modelName)}");
            members.Add($"\"max_tokens\":{garbage.Between(1, 6)}");
            members.Add($"\"prompt\":{Quote(garbage.Text())}");
            members.Add($"\"messages\":[{{\"role\":\"user\",\"content\":{Quote(garbage.Text())}}}]");
        }

        foreach (var field in Fields.Where(_ => garbage.Chance(0.12)))
        {
            members.Add($"{Quote(field)}:{FieldValue(field)}");
        }

        return "{" + string.Join(',', members) + "}";
    }

    private string FieldValue(string field) => field switch
    {
        "prompt" when garbage.Chance(0.6) => Quote(garbage.Text()),
        "messages" when garbage.Chance(0.6) => $"[{{\"role\":{Quote(garbage.Text())},\"content\":{Quote(garbage.Text())}}}]",
        "max_tokens" or "max_completion_tokens" or "n" or "temperature" when garbage.Chance(0.6) => garbage.Pick(Numbers),
        _ => Value(depth: 1),
    };

    private string Value(int depth) => (depth > 3 ? garbage.Between(0, 4) : garbage.Between(0, 7)) switch
    {
        0 => Quote(garbage.Text()),
        1 => garbage.Pick(Numbers),
        2 => garbage.Pick(["true", "false", "null"]),
        3 => Quote(""),
        4 => "[" + string.Join(',', Enumerable.Range(0, garbage.Between(0, 4)).Select(_ => Value(depth + 1))) + "]",
        _ => "{" + string.Join(',', Enumerable.Range(0, garbage.Between(0, 4)).Select(_ => $"{Quote(garbage.Pick(Fields))}:{Value(depth + 1)}")) + "}",
    };

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
