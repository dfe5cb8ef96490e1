using System.Diagnostics;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running.Engine;
using Llama2Validation.Harness.Running.Worker;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// The endpoint strategy: the same workload and the same records as the in-process strategies,
/// produced by an OpenAI-compatible server. Documents run <see cref="EndpointSpec.Concurrency"/> at a
/// time; one document's failure is that document's error and every other result is kept.
/// </summary>
public static class EndpointRunner
{
    /// <param name="endpoint">The server, model and request settings.</param>
    /// <param name="examples">The documents, in the order results list them.</param>
    /// <param name="metadata">Provenance from the caller (hardware, versions, dataset); the model fields are replaced by the endpoint's identity.</param>
    /// <param name="onDocument">Each document the moment it is final (never two calls at once).</param>
    /// <param name="cancellationToken">Stops the run; finished documents are kept and the outcome is cancelled.</param>
    public static async Task<RunResult> RunAsync(
        EndpointSpec endpoint,
        IReadOnlyList<Example> examples,
        RunMetadata metadata,
        Action<DocumentResult>? onDocument,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var strategy = endpoint.Strategy;
        if (endpoint.Validate() is { Count: > 0 } problems)
        {
            return Failed("invalid endpoint spec: " + string.Join("; ", problems));
        }

        // The key is read here and handed to the client only; the redactor guards everything written.
        var key = System.Environment.GetEnvironmentVariable(endpoint.KeyVariable);
        var redactor = new SecretRedactor(key);
        using var client = new EndpointClient(endpoint, key);
        EndpointIdentity identity;
        try
        {
            identity = await client.IdentifyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (EndpointRequestException e)
        {
            return Failed(redactor.Redact($"the endpoint did not identify itself: {e.Message}"));
        }
        catch (OperationCanceledException)
        {
            return RunSummary.Build(strategy, examples.Count, metadata, [], null, 0, Elapsed(started), RunOutcome.Cancelled, "cancelled before any document");
        }

        var identified = metadata with
        {
            ModelPath = identity.ModelLabel,
            ModelProfile = identity.ModelLabel,
            ModelSha256 = identity.Sha256,
            EndpointIdentity = identity.Describe(),
            NativeLibraryPath = null,
            NativeLibrarySha256 = null,
        };
        var probeSeconds = Elapsed(started);

        var results = new DocumentResult?[examples.Count];
        var completions = new EndpointCompletion?[examples.Count];
        var gate = new Lock();
        using var slots = new SemaphoreSlim(endpoint.Concurrency);
        var cancelled = false;

        async Task RunDocumentAsync(int index)
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var (document, completion) = await RunOneAsync(client, examples[index], redactor, cancellationToken).ConfigureAwait(false);
                lock (gate)
                {
                    results[index] = document;
                    completions[index] = completion;
                    onDocument?.Invoke(document);
                }
            }
            finally
            {
                slots.Release();
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, examples.Count).Select(RunDocumentAsync)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        var documents = results.OfType<DocumentResult>().ToList();
        var totals = Totals(completions.OfType<EndpointCompletion>().ToList());
        return RunSummary.Build(
            strategy,
            examples.Count,
            identified,
            documents,
            totals,
            probeSeconds,
            Elapsed(started),
            cancelled ? RunOutcome.Cancelled : RunOutcome.Completed,
            cancelled ? "cancelled; finished documents kept" : null);

        RunResult Failed(string detail) =>
            RunSummary.Build(strategy, examples.Count, metadata, [], null, 0, Elapsed(started), RunOutcome.Failed, detail);
    }

    private static async Task<(DocumentResult Document, EndpointCompletion? Completion)> RunOneAsync(
        EndpointClient client, Example example, SecretRedactor redactor, CancellationToken cancellationToken)
    {
        var shell = new DocumentResult
        {
            Id = example.Id,
            Reference = example.Reference,
            DocumentWords = GenerationLoop.WordCount(example),
        };
        if (example.SyntheticPromptTokens is not null)
        {
            return (shell with
            {
                Outcome = DocumentOutcome.Error,
                Detail = "synthetic token-count prompts need the model's vocabulary; endpoint runs send text prompts",
            }, null);
        }

        try
        {
            var completion = await client.CompleteAsync(example.Prompt, cancellationToken).ConfigureAwait(false);
            return (shell with
            {
                Outcome = DocumentOutcome.Ok,
                PromptTokens = completion.PromptTokens ?? 0,
                OutputTokens = completion.OutputTokens,
                TimeToFirstTokenSeconds = completion.TimeToFirstTokenSeconds,
                DecodeSeconds = completion.DecodeSeconds,
                Output = redactor.Redact(completion.Text),
                OutputTokenIds = completion.TokenIds,
                Detail = completion.RetryNote is { } note ? redactor.Redact(note) : null,
            }, completion);
        }
        catch (EndpointRequestException e)
        {
            return (shell with { Outcome = e.Outcome, Detail = redactor.Redact(e.Message) }, null);
        }
    }

    /// <summary>
    /// Run-level figures from the client's side. Generation spans the first request sent to the last
    /// output chunk received. Prefill and decode rates are per stream (summed tokens over summed
    /// per-document times, HTTP included), which at concurrency 1 is the engine's definition; at
    /// higher concurrency the server's aggregate rate is documents/s × tokens per document.
    /// </summary>
    private static GenerationTotals? Totals(List<EndpointCompletion> completed)
    {
        if (completed.Count == 0)
        {
            return null;
        }

        var withPrompt = completed.Where(c => c.PromptTokens is > 0).ToList();
        return new GenerationTotals
        {
            GenerationSeconds = Stopwatch.GetElapsedTime(completed.Min(c => c.SentAt), completed.Max(c => c.LastOutputAt)).TotalSeconds,
            PrefillTokens = withPrompt.Sum(c => (long)c.PromptTokens!.Value),
            PrefillSeconds = withPrompt.Sum(c => c.TimeToFirstTokenSeconds),
            DecodeOnlyTokens = completed.Sum(c => (long)Math.Max(0, c.OutputTokens - 1)),
            DecodeOnlySeconds = completed.Sum(c => c.DecodeSeconds),
        };
    }

    private static double Elapsed(long started) => Stopwatch.GetElapsedTime(started).TotalSeconds;
}
