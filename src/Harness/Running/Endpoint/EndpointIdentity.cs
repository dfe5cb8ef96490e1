using System.Security.Cryptography;
using System.Text;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// Who answered: the model name plus what the server says about itself. Results and baselines are
/// keyed by <see cref="Sha256"/> of <see cref="Describe"/>, which leaves out host and port, so the
/// same server software and model give one key wherever and on whichever port they run.
/// </summary>
public sealed record EndpointIdentity
{
    public required string Model { get; init; }

    /// <summary>Host name of the base URL (no port), for people reading results.</summary>
    public required string Host { get; init; }

    /// <summary>owned_by of the model in GET /v1/models (vllm, llamacpp, l2v, ...).</summary>
    public string? OwnedBy { get; init; }

    /// <summary>root of the model in GET /v1/models where given (vLLM: the weights it loaded).</summary>
    public string? Root { get; init; }

    /// <summary>The body of GET /version where the server has one (vLLM, the suite's own server).</summary>
    public string? Version { get; init; }

    /// <summary>The Server response header (uvicorn for vLLM, l2v for the suite's server).</summary>
    public string? ServerHeader { get; init; }

    /// <summary>The vocabulary size the server reported (GET /v1/models meta.n_vocab), for token-id prompts; not part of the identity.</summary>
    public int? VocabularySize { get; init; }

    /// <summary>What results show as the model path and profile: endpoint:MODEL@HOST.</summary>
    public string ModelLabel => $"endpoint:{Model}@{Host}";

    public string Describe()
    {
        var text = new StringBuilder("endpoint:").Append(Model);
        Append(text, "owned_by", OwnedBy);
        Append(text, "root", Root);
        Append(text, "version", Version);
        Append(text, "server", ServerHeader);
        return text.ToString();
    }

    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Describe())));

    private static void Append(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append("; ").Append(name).Append('=').Append(value.Trim());
        }
    }
}
