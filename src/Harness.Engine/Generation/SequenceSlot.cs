using System.Text;
using LLama;
using LLama.Native;
using Llama2Validation.Harness.Data;

namespace Llama2Validation.Engine.Generation;

/// <summary>One sequence of the context: the document it is working on and where it stands.</summary>
internal sealed class SequenceSlot(int id, LLamaWeights weights)
{
    private readonly StreamingTokenDecoder decoder = new(Encoding.UTF8, weights);

    public LLamaSeqId SequenceId { get; } = (LLamaSeqId)id;

    public Example? Example { get; private set; }

    public LLamaToken[] Prompt { get; private set; } = [];

    /// <summary>Prompt tokens already submitted to the context.</summary>
    public int Prefilled { get; set; }

    public List<int> Generated { get; } = [];

    /// <summary>Position of the next token this sequence will submit.</summary>
    public int Position { get; set; }

    /// <summary>The token to submit in the next step (last sampled), once the prompt is in.</summary>
    public LLamaToken Pending { get; set; }

    /// <summary>Index of this sequence's logits in the batch just decoded, or -1 when it asked for none.</summary>
    public int LogitIndex { get; set; } = -1;

    public long SubmittedAt { get; set; }

    public long FirstTokenAt { get; set; }

    public long LastTokenAt { get; set; }

    public bool IsFree => Example is null;

    public bool IsPrefilling => Example is not null && Prefilled < Prompt.Length;

    /// <summary>Asked for logits in the batch just decoded: its next token is picked from them.</summary>
    public bool AwaitsLogits => Example is not null && LogitIndex >= 0;

    public void Start(Example example, LLamaToken[] prompt)
    {
        Example = example;
        Prompt = prompt;
        Prefilled = 0;
        Position = 0;
        Generated.Clear();
        decoder.Reset();
        LogitIndex = -1;
        SubmittedAt = FirstTokenAt = LastTokenAt = 0;
    }

    public void Accept(LLamaToken token)
    {
        Generated.Add((int)token);
        decoder.Add(token);
        Pending = token;
    }

    /// <summary>The generated text; the decoder keeps partial UTF-8 sequences until they complete.</summary>
    public string Text() => decoder.Read();

    public void Release()
    {
        Example = null;
        Prompt = [];
    }
}
