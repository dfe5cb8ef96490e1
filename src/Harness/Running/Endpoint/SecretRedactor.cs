namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// The last line of defence for the API key: every string the endpoint runner writes into a result
/// passes through here, so even a server that echoes the Authorization header cannot leak it.
/// </summary>
public sealed class SecretRedactor(string? secret)
{
    public const string Mask = "[redacted]";

    public string Redact(string text) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Mask, StringComparison.Ordinal);
}
