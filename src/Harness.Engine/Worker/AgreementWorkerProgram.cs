using System.Text.Json;
using LLama.Native;
using Llama2Validation.Engine.Generation;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness.Agreement;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Engine.Worker;

/// <summary>
/// The worker side of an <see cref="AgreementRequest"/>: records the reference where none is stored, then
/// teacher-forces every side through it, one model loaded at a time, and writes an <see cref="AgreementResult"/>.
/// </summary>
public static class AgreementWorkerProgram
{
    public static int Run(string requestPath, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<AgreementRequest>(File.ReadAllText(requestPath), HarnessJson.Options)
            ?? throw new InvalidDataException($"{requestPath}: empty agreement request");
        try
        {
            var native = LlamaNative.EnsureLoaded(request.Sides.Select(s => s.NativeLibraryPath).FirstOrDefault(p => p is not null));
            var examples = request.Examples.ToDictionary(e => e.Id, StringComparer.Ordinal);
            var recorded = request.Reference is null ? Record(request, cancellationToken) : [];
            var reference = request.Reference?.Documents ?? recorded;
            var sides = request.Sides.Select(side => Force(side, reference, examples, cancellationToken)).ToList();
            AtomicFile.WriteAllText(request.OutputPath, JsonSerializer.Serialize(new AgreementResult { Recorded = recorded, Sides = sides, Backend = native.Backend }, HarnessJson.Compact));
            return 0;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static List<ReferenceDocument> Record(AgreementRequest request, CancellationToken cancellationToken)
    {
        using var session = LlamaSession.Open(request.Sides[0], logitsOnHost: true);
        var forcing = new TeacherForcing(session.Weights, session.Context.NativeHandle, request.Sides[0].Spec, session.SlotCells);
        var documents = new List<ReferenceDocument>();
        foreach (var example in request.Examples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prompt = PromptTokens.For(example, session.Weights);
            if (forcing.Fits(prompt.Length, request.MaxNewTokens))
            {
                documents.Add(forcing.Record(example, prompt, request.MaxNewTokens, request.TopK));
                if (documents.Count == request.Documents)
                {
                    break;
                }
            }
        }

        return documents;
    }

    private static SideAgreement Force(
        Llama2Validation.Harness.Running.RunRequest side, IReadOnlyList<ReferenceDocument> reference, Dictionary<string, Example> examples, CancellationToken cancellationToken)
    {
        using var session = LlamaSession.Open(side, logitsOnHost: true);
        var forcing = new TeacherForcing(session.Weights, session.Context.NativeHandle, side.Spec, session.SlotCells);
        var skipped = new List<string>();
        var ready = new List<(LLamaToken[] Prompt, ReferenceDocument Reference)>();
        foreach (var document in reference)
        {
            var prompt = examples.TryGetValue(document.Id, out var example) ? PromptTokens.For(example, session.Weights) : null;
            var why = prompt is null ? "no prompt of this id"
                : prompt.Length != document.PromptTokens ? $"its prompt is {prompt.Length} tokens here, {document.PromptTokens} in the reference"
                : !forcing.Fits(prompt.Length, document.Top.Count) ? "prompt and continuation do not fit a slot"
                : null;
            if (why is null)
            {
                ready.Add((prompt!, document));
            }
            else
            {
                skipped.Add($"{document.Id}: {why}");
            }
        }

        var measured = ready.Chunk(Math.Max(1, side.Spec.ParallelSequences)).SelectMany(group => forcing.Force(group, cancellationToken)).ToList();
        return new SideAgreement { Strategy = side.Spec.Name, Documents = measured, Skipped = skipped };
    }
}
