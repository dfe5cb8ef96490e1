using Llama2Validation.Harness.Metrics;

namespace Llama2Validation.Cli.Commands.Results;

/// <summary>What <c>l2v score --json</c> prints: one evaluation per scored set.</summary>
internal sealed record ScoreReport(string File, IReadOnlyList<RougeEvaluation> Sets);
