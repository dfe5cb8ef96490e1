namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// What one request sends as its prompt: text, or token ids (BOS included; servers add nothing to an
/// id prompt). Synthetic workloads have no text, only a length, so they go as ids.
/// </summary>
public sealed record EndpointPrompt
{
    private EndpointPrompt(string? text, IReadOnlyList<int>? tokenIds)
    {
        Text = text;
        TokenIds = tokenIds;
    }

    public string? Text { get; }

    public IReadOnlyList<int>? TokenIds { get; }

    public static EndpointPrompt OfText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), null);

    public static EndpointPrompt OfTokenIds(IReadOnlyList<int> ids) => new(null, ids ?? throw new ArgumentNullException(nameof(ids)));
}
