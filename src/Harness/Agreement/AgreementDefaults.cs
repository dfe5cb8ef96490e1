namespace Llama2Validation.Harness.Agreement;

/// <summary>How much of the reference is kept, and on how many documents the gate measures agreement.</summary>
public static class AgreementDefaults
{
    /// <summary>The strategy every other is measured against: the F16 default.</summary>
    public const string ReferenceStrategy = "default";

    /// <summary>The file name's strategy part for the stored reference.</summary>
    public const string ReferenceFileStrategy = "reference";

    /// <summary>
    /// Tokens kept per position. On the trained summariser the 16 most likely tokens hold all but about
    /// 1e-3 of the mass at most positions, so the merged KL is close to the full one.
    /// </summary>
    public const int TopK = 16;

    /// <summary>
    /// The longest continuation recorded: the summariser stops well before it, and on a GPU's random
    /// weights (which never stop) 128 positions per document are plenty for a mean and a 99th percentile.
    /// </summary>
    public const int MaxNewTokens = 128;

    /// <summary>
    /// Documents measured: the first ones of the dataset whose prompt and continuation fit the context.
    /// On the CPU about 2,500 positions of the summariser at a few seconds per strategy.
    /// </summary>
    public const int Documents = 12;
}
