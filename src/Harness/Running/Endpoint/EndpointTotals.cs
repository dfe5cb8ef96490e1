using System.Diagnostics;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Measurement.Serving;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// Run-level figures of an endpoint run from the client's side, over wall time: requests overlap, so
/// prefill time is the time during which some request was waiting for its first token and decode time
/// the time during which some request was streaming (each a union of intervals, not a sum). At
/// concurrency 1 the union is the sum, which is the in-process engine's definition.
/// </summary>
internal static class EndpointTotals
{
    public static GenerationTotals? Of(IReadOnlyList<EndpointCompletion> completed)
    {
        if (completed.Count == 0)
        {
            return null;
        }

        var timings = Timings(completed);
        var withPrompt = timings.Where(t => t.PromptTokens > 0).ToList();
        return new GenerationTotals
        {
            GenerationSeconds = timings.Max(t => t.LastTokenAt) - timings.Min(t => t.SentAt),
            PrefillTokens = withPrompt.Sum(t => (long)t.PromptTokens),
            PrefillSeconds = ServingAggregates.Covered(withPrompt.Select(t => (t.SentAt, t.FirstTokenAt))),
            DecodeOnlyTokens = timings.Sum(t => (long)Math.Max(0, t.OutputTokens - 1)),
            DecodeOnlySeconds = ServingAggregates.Covered(timings.Select(t => (t.FirstTokenAt, t.LastTokenAt))),
        };
    }

    public static ServingMetrics Serving(IReadOnlyList<EndpointCompletion> completed, EndpointSpec spec, int withoutIds)
    {
        var metrics = ServingAggregates.Compute(Timings(completed), spec.Load, spec.Slo);
        return metrics with
        {
            RequestsWithTokenIds = completed.Count(c => c.TokenIds.Count > 0),
            TokenIdsNotice = withoutIds == 0 ? null : NoticeFor(spec, withoutIds, completed.Count),
        };
    }

    private static string NoticeFor(EndpointSpec spec, int withoutIds, int completed)
    {
        var why = !spec.RequestTokenIds
            ? "token ids were not requested (--endpoint-no-token-ids)"
            : spec.Api == EndpointApi.LlamaCompletion
                ? "the server ignored return_tokens"
                : "the server did not return them (vLLM: return_token_ids needs 0.10.2 or later, else --endpoint-logprobs; "
                    + "llama-server: its /v1 routes never carry ids, use --endpoint-api llama-completion)";
        return $"{withoutIds} of {completed} completed documents came back without token ids, so outputs compare by text only: {why}";
    }

    /// <summary>Seconds on the Stopwatch clock, shared by every request of the run.</summary>
    private static List<RequestTiming> Timings(IReadOnlyList<EndpointCompletion> completed) =>
        [.. completed.Select(c => new RequestTiming(
            Seconds(c.SentAt),
            Seconds(c.FirstOutputAt),
            Seconds(c.LastOutputAt),
            c.PromptTokens ?? 0,
            c.OutputTokens))];

    private static double Seconds(long timestamp) => (double)timestamp / Stopwatch.Frequency;
}
