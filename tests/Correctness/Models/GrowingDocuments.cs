using Llama2Validation.Harness.Data;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>
/// Documents of growing length for engine tests on the tiny model: the i-th repeats one sentence 3i times
/// (about 40 tokens a step), so prompts complete at different calls and some outgrow a small slot.
/// </summary>
internal static class GrowingDocuments
{
    public static Example[] Make(int count) => [.. Enumerable.Range(1, count).Select(i => new Example
    {
        Id = $"doc-{i}",
        Document = string.Join(' ', Enumerable.Repeat($"Paragraph {i} explains how to fold a map along its creases.", i * 3)),
    })];
}
