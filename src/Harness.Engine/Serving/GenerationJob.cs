using System.Text;
using System.Threading.Channels;
using LLama;
using LLama.Native;
using Llama2Validation.Harness.Data;

namespace Llama2Validation.Engine.Serving;

/// <summary>One HTTP request's generation: written by the engine thread, read by the request handler.</summary>
internal sealed class GenerationJob(Example example, LLamaToken[] promptTokens, int maxTokens, bool ignoreEndOfSequence, CancellationToken requestAborted)
{
    private readonly Channel<GenerationEvent> events = Channel.CreateUnbounded<GenerationEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private StreamingTokenDecoder? decoder;

    public Example Example { get; } = example;

    /// <summary>Tokenised by the request handler, off the engine thread.</summary>
    public LLamaToken[] PromptTokens { get; } = promptTokens;

    public int MaxTokens { get; } = maxTokens;

    public bool IgnoreEndOfSequence { get; } = ignoreEndOfSequence;

    /// <summary>The client went away before its batch started: the engine skips it.</summary>
    public bool Abandoned => requestAborted.IsCancellationRequested;

    /// <summary>Calls <paramref name="action"/> when the client goes away (at once if it already has).</summary>
    public CancellationTokenRegistration WhenAbandoned(Action action) => requestAborted.Register(action);

    public ChannelReader<GenerationEvent> Events => events.Reader;

    /// <summary>Requests share a batch only when the engine's loop settings for them are the same.</summary>
    public bool SharesBatchWith(GenerationJob other) => MaxTokens == other.MaxTokens && IgnoreEndOfSequence == other.IgnoreEndOfSequence;

    public void Token(LLamaWeights weights, LLamaToken token)
    {
        // A decoder of its own: the loop's per-slot decoder yields the final text, this one the deltas.
        decoder ??= new StreamingTokenDecoder(Encoding.UTF8, weights);
        decoder.Add(token);
        events.Writer.TryWrite(new GenerationEvent { TokenId = (int)token, Text = decoder.Read() });
    }

    /// <summary>Set by the engine on admission: frees the job's place once it is finished.</summary>
    public Action? OnFinished { get; set; }

    public void Finish(GenerationEvent final)
    {
        events.Writer.TryWrite(final);
        if (events.Writer.TryComplete())
        {
            OnFinished?.Invoke();
        }
    }
}
