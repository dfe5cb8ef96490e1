using System.Diagnostics;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running.Worker;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// The endpoint strategy: the same workload and the same records as the in-process strategies,
/// produced by an OpenAI-compatible server. Documents run <see cref="EndpointSpec.Concurrency"/> at a
/// time, all ready at once or arriving at <see cref="EndpointSpec.RequestRate"/>; one document's failure
/// is that document's error and every other result is kept. A run in which no document completes is
/// failed, whatever the reason.
/// </summary>
public static class EndpointRunner
{
    /// <param name="endpoint">The server, model, load and request settings.</param>
    /// <param name="examples">The documents, in the order results list them (and, at a request rate, arrive).</param>
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
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(examples);
        var started = Stopwatch.GetTimestamp();
        var strategy = endpoint.Strategy;
        if (endpoint.Validate() is { Count: > 0 } problems)
        {
            return Failed("invalid endpoint spec: " + string.Join("; ", problems));
        }

        var synthetic = examples.Any(e => e.SyntheticPromptTokens is not null);
        if (synthetic && endpoint.Api == EndpointApi.Chat)
        {
            return Failed("synthetic workloads are sent as token-id prompts, which the chat route cannot carry; use the completions or llama-completion API");
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

        var vocabulary = endpoint.VocabularySize ?? identity.VocabularySize;
        if (synthetic && vocabulary is null)
        {
            return Failed("synthetic workloads are sent as token-id prompts, which need the model's vocabulary size: "
                + "the server did not report one (GET /v1/models meta.n_vocab); give it with --endpoint-vocab N");
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
        var prompts = examples.Select(e => PromptOf(e, endpoint.BosToken, vocabulary)).ToList();
        var arrivals = endpoint.ArrivesAtRate
            ? ArrivalSchedule.Poisson(examples.Count, endpoint.RequestRate!.Value, endpoint.ArrivalSeed)
            : null;

        var results = new DocumentResult?[examples.Count];
        var completions = new EndpointCompletion?[examples.Count];
        var gate = new Lock();
        using var slots = new SemaphoreSlim(endpoint.Concurrency);
        var cancelled = false;
        var loadStarted = Stopwatch.GetTimestamp();

        async Task RunDocumentAsync(int index)
        {
            if (arrivals is not null && arrivals[index] - Stopwatch.GetElapsedTime(loadStarted) is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }

            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var (document, completion) = await RunOneAsync(client, examples[index], prompts[index], redactor, cancellationToken).ConfigureAwait(false);
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
        var completed = completions.OfType<EndpointCompletion>().ToList();
        var (outcome, detail) = cancelled
            ? (RunOutcome.Cancelled, "cancelled; finished documents kept")
            : completed.Count == 0
                ? (RunOutcome.Failed, NothingCompleted(documents))
                : (RunOutcome.Completed, (string?)null);
        var run = RunSummary.Build(strategy, examples.Count, identified, documents, EndpointTotals.Of(completed), probeSeconds, Elapsed(started), outcome, detail);
        return run with { Serving = EndpointTotals.Serving(completed, endpoint, documents.Count(d => d.Outcome == DocumentOutcome.Ok && d.OutputTokenIds.Count == 0 && d.OutputTokens > 0)) };

        RunResult Failed(string reason) =>
            RunSummary.Build(strategy, examples.Count, metadata, [], null, 0, Elapsed(started), RunOutcome.Failed, reason);
    }

    /// <summary>Text prompts as the seed built them; synthetic ones as the same ids the in-process engine feeds.</summary>
    private static EndpointPrompt PromptOf(Example example, int bos, int? vocabulary) =>
        example.SyntheticPromptTokens is { } length
            ? EndpointPrompt.OfTokenIds(SyntheticPromptIds.For(example.Id, length, bos, vocabulary!.Value))
            : EndpointPrompt.OfText(example.Prompt);

    /// <summary>Why nothing completed, with the first document's reason, so a run that sent nothing useful says so at the top.</summary>
    private static string NothingCompleted(List<DocumentResult> documents)
    {
        var first = documents.FirstOrDefault(d => d.Outcome != DocumentOutcome.Ok);
        var reason = first is null ? "" : $"; first: {first.Id}: {Baselines.Store.EnumText.Of(first.Outcome)} ({first.Detail})";
        return $"no document completed (of {documents.Count}){reason}";
    }

    private static async Task<(DocumentResult Document, EndpointCompletion? Completion)> RunOneAsync(
        EndpointClient client, Example example, EndpointPrompt prompt, SecretRedactor redactor, CancellationToken cancellationToken)
    {
        var shell = new DocumentResult
        {
            Id = example.Id,
            Reference = example.Reference,
            DocumentWords = example.WordCount(),
        };

        try
        {
            var completion = await client.CompleteAsync(prompt, cancellationToken).ConfigureAwait(false);
            return (shell with
            {
                Outcome = DocumentOutcome.Ok,
                PromptTokens = completion.PromptTokens ?? prompt.TokenIds?.Count ?? 0,
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

    private static double Elapsed(long started) => Stopwatch.GetElapsedTime(started).TotalSeconds;
}
