namespace Llama2Validation.Harness.Strategies;

/// <summary>How documents are scheduled onto the engine.</summary>
public enum StrategyKind
{
    /// <summary>One document at a time, one sequence in the context.</summary>
    Sequential,

    /// <summary>Many sequences decoded together: one multi-sequence batch per decode step.</summary>
    Batched,

    /// <summary>An OpenAI-compatible HTTP server does the inference.</summary>
    Endpoint,

    /// <summary>LLamaSharp's plainest greedy loop, one document at a time: the yardstick the harness's own cost is measured against.</summary>
    Reference,
}
