using LLama;
using LLama.Native;
using Llama2Validation.Harness.Agreement;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Engine.Generation;

/// <summary>
/// Feeds a strategy the reference's own greedy continuation, token by token, and reads the strategy's
/// whole next-token distribution at every position. A batched spec decodes its slots' documents together,
/// one token each per step, as it would when generating; the others take one document at a time.
/// Also records the reference itself: the same loop, fed its own greedy picks.
/// </summary>
internal sealed class TeacherForcing(LLamaWeights weights, SafeLLamaContextHandle context, StrategySpec spec, int slotCells)
{
    private readonly LLamaBatch batch = new();

    /// <summary>Whether a prompt of this length and this many positions after it fit one slot.</summary>
    public bool Fits(int promptTokens, int positions) => promptTokens + positions <= slotCells;

    /// <summary>The reference's greedy continuation of one prompt with its top-k at every position, ending at end-of-sequence or the cap.</summary>
    public ReferenceDocument Record(Example example, LLamaToken[] prompt, int maxNewTokens, int topK)
    {
        var endOfSequence = weights.Vocab.EOS ?? LLamaToken.InvalidToken;
        context.MemoryClear();
        var logitIndex = Prefill(prompt, 0);
        var tokens = new List<int>(maxNewTokens);
        var positions = new List<ReferencePosition>(maxNewTokens);
        while (true)
        {
            var logits = context.GetLogitsIth(logitIndex);
            var top = PositionAgreement.TopOf(logits, topK);
            var token = top.Ids[0];
            tokens.Add(token);
            positions.Add(top);
            if (token == (int)endOfSequence || tokens.Count == maxNewTokens)
            {
                break;
            }

            batch.Clear();
            logitIndex = batch.Add(token, prompt.Length + tokens.Count - 1, LLamaSeqId.Zero, logits: true);
            Decode();
        }

        return ReferenceDocument.From(example.Id, prompt.Length, tokens, positions);
    }

    /// <summary>Teacher-forces one group of documents (at most the spec's parallel sequences) through their references.</summary>
    public IReadOnlyList<DocumentAgreement> Force(IReadOnlyList<(LLamaToken[] Prompt, ReferenceDocument Reference)> group, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(group.Count, spec.ParallelSequences);
        context.MemoryClear();
        var references = group.Select(g => (Tokens: g.Reference.TokenIds, Positions: g.Reference.Positions)).ToList();
        var logitIndex = new int[group.Count];
        var measured = group.Select(_ => new List<PositionAgreement>()).ToList();
        for (var slot = 0; slot < group.Count; slot++)
        {
            logitIndex[slot] = Prefill(group[slot].Prompt, slot);
            // The prompt's logits are overwritten by the next slot's prefill: read them now.
            Measure(slot, 0);
        }

        for (var step = 1; references.Any(r => step < r.Tokens.Count); step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Clear();
            for (var slot = 0; slot < group.Count; slot++)
            {
                if (step < references[slot].Tokens.Count)
                {
                    logitIndex[slot] = batch.Add(references[slot].Tokens[step - 1], group[slot].Prompt.Length + step - 1, (LLamaSeqId)slot, logits: true);
                }
            }

            Decode();
            for (var slot = 0; slot < group.Count; slot++)
            {
                if (step < references[slot].Tokens.Count)
                {
                    Measure(slot, step);
                }
            }
        }

        return [.. group.Select((g, slot) => DocumentAgreement.From(g.Reference.Id, measured[slot]))];

        void Measure(int slot, int position) => measured[slot].Add(PositionAgreement.Measure(
            references[slot].Positions[position], references[slot].Tokens[position], context.GetLogitsIth(logitIndex[slot])));
    }

    /// <summary>Decodes a prompt into one sequence in chunks of the batch size; returns the last token's logit index.</summary>
    private int Prefill(LLamaToken[] prompt, int sequence)
    {
        var chunk = Math.Max(1, Math.Min(spec.BatchSize, (int)context.BatchSize));
        var logitIndex = -1;
        for (var start = 0; start < prompt.Length; start += chunk)
        {
            batch.Clear();
            var end = Math.Min(prompt.Length, start + chunk);
            for (var i = start; i < end; i++)
            {
                var index = batch.Add(prompt[i], i, (LLamaSeqId)sequence, logits: i == prompt.Length - 1);
                logitIndex = i == prompt.Length - 1 ? index : logitIndex;
            }

            Decode();
        }

        return logitIndex;
    }

    private void Decode()
    {
        var result = context.Decode(batch);
        if (result != DecodeResult.Ok)
        {
            throw new LlamaDecodeException(result, batch.TokenCount, 1);
        }
    }
}
