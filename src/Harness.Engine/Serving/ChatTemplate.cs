using System.Text;

namespace Llama2Validation.Engine.Serving;

/// <summary>
/// The suite's chat format: each message on its own "role: content" line, then "assistant:" to
/// answer. Deliberately plain (the seed's prompt used no template at all); runs that must match the
/// in-process strategies use the completions route, which sends the prompt untouched.
/// </summary>
public static class ChatTemplate
{
    public static string Apply(IEnumerable<(string Role, string Content)> messages)
    {
        var text = new StringBuilder();
        foreach (var (role, content) in messages)
        {
            text.Append(role).Append(": ").Append(content).Append('\n');
        }

        return text.Append("assistant:").ToString();
    }
}
