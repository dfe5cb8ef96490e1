using Llama2Validation.Harness.Running.Endpoint;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>The key is removed wherever it could be an echo, and nothing else of the text is touched.</summary>
public sealed class SecretRedactorTests
{
    [Fact]
    public void A_short_key_that_is_also_a_word_leaves_the_servers_prose_alone()
    {
        var redactor = new SecretRedactor("wrong");

        redactor.Redact("HTTP 401: missing or wrong API key; is OPENAI_API_KEY set to the server's key?")
            .Should().Be("HTTP 401: missing or wrong API key; is OPENAI_API_KEY set to the server's key?");
    }

    [Theory]
    [InlineData("you sent Authorization: Bearer wrong", "you sent Authorization: Bearer [redacted]")]
    [InlineData("key='wrong' refused", "key='[redacted]' refused")]
    [InlineData("{\"key\":\"wrong\"}", "{\"key\":\"[redacted]\"}")]
    [InlineData("key=wrong", "key=[redacted]")]
    public void A_short_key_is_removed_where_a_server_echoes_a_value(string text, string expected) =>
        new SecretRedactor("wrong").Redact(text).Should().Be(expected);

    [Fact]
    public void A_long_key_is_removed_everywhere()
    {
        const string key = "sk-0123456789abcdef0123";

        new SecretRedactor(key).Redact($"echo {key}{key} and {key}").Should().Be("echo [redacted][redacted] and [redacted]");
    }
}
