using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Models.Weights;

namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>
/// The generated training corpus: WikiLingua-shaped how-to articles whose reference summaries name
/// the task's own object, steps, materials and quantities. Article n of a split depends only on the
/// seed, the split and n, so any count gives a prefix of the same sequence.
/// </summary>
public static class HowToCorpus
{
    /// <summary>Raised whenever a change to the generator changes any article for a given seed.</summary>
    public const int Version = 1;

    public const ulong DefaultSeed = 19;

    public static string UrlPrefix(CorpusSplit split) => $"https://howto.example/generated/v{Version}/{split.ToString().ToLowerInvariant()}/";

    public static IEnumerable<WikiLinguaArticle> Generate(CorpusSplit split, int count, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var splitKey = CounterRandom.Mix(seed ^ CounterRandom.Mix((ulong)split + 1));
        for (var index = 0; index < count; index++)
        {
            var random = new CorpusRandom(splitKey ^ CounterRandom.Mix((ulong)index));
            yield return HowToArticleWriter.Write(random, UrlPrefix(split), index);
        }
    }
}
