using System.Globalization;
using Llama2Validation.Harness.Data;

namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>
/// Writes one generated article: an introduction naming the task and the tools, one paragraph per step
/// (the step's instruction among filler sentences), sometimes a closing paragraph; and a reference
/// summary of one to three sentences that lists the tools or not and keeps every step in order.
/// </summary>
internal static class HowToArticleWriter
{
    public static WikiLinguaArticle Write(CorpusRandom random, string urlPrefix, int index)
    {
        var topic = random.Pick(HowToTopics.All);
        var objectName = random.Chance(60) ? $"{random.Pick(HowToTopics.Adjectives)} {random.Pick(topic.Objects)}" : random.Pick(topic.Objects);
        var taskVerb = random.Pick(topic.TaskVerbs);
        var stepCount = random.Between(3, 6);
        var tools = random.PickDistinct(topic.Tools, stepCount + 2);
        var (stepTools, otherTools) = (tools.Take(stepCount).ToList(), tools.Skip(stepCount).ToList());
        var verbs = random.PickDistinct(topic.Verbs, stepCount);
        var steps = Enumerable.Range(0, stepCount).Select(i => HowToStepWriter.Write(random, topic, objectName, verbs[i], stepTools[i])).ToList();
        var listed = random.PickDistinct(stepTools, Math.Min(3, stepCount));
        var fill = new FillerSlots(random, topic, objectName, otherTools);

        var paragraphs = new List<string> { Introduction(random, taskVerb, objectName, listed, fill) };
        for (var i = 0; i < stepCount; i++)
        {
            paragraphs.Add(StepParagraph(random, steps[i], Opener(random, i, stepCount), fill));
        }

        if (random.Chance(50))
        {
            paragraphs.Add(string.Join(' ', random.PickDistinct(HowToPhrases.Closings, random.Between(1, 2)).Select(fill.Fill)));
        }

        var summary = Summary(random, steps, listed);
        var title = Capitalise($"{taskVerb} the {objectName}");
        var url = string.Create(CultureInfo.InvariantCulture, $"{urlPrefix}{index:D6}-{title.Replace(' ', '-')}");
        return new WikiLinguaArticle(url, [new WikiLinguaSection(title, string.Join(' ', paragraphs), summary)]);
    }

    private static string Introduction(CorpusRandom random, string taskVerb, string objectName, List<string> listed, FillerSlots fill)
    {
        var sentences = new List<string> { random.Pick(HowToPhrases.Introductions).Replace("{task}", $"{taskVerb} the {objectName}", StringComparison.Ordinal) };
        if (random.Chance(50))
        {
            sentences.Add(fill.Fill(random.Pick(HowToPhrases.Fillers)));
        }

        sentences.Add($"You will need {ListOf(listed.Select(WithArticle).ToList())}.");
        return string.Join(' ', sentences);
    }

    private static string StepParagraph(CorpusRandom random, HowToStep step, string? opener, FillerSlots fill)
    {
        var instruction = opener is null ? Capitalise(step.Instruction) : $"{opener} {step.Instruction}";
        var before = random.Chance(25) ? 1 : 0;
        var after = random.Between(1, 2);
        var fillers = random.PickDistinct(HowToPhrases.Fillers, before + after).Select(fill.Fill).ToList();
        return string.Join(' ', fillers.Take(before).Append(instruction + ".").Concat(fillers.Skip(before)));
    }

    private static string? Opener(CorpusRandom random, int step, int count)
    {
        if (random.Chance(30))
        {
            return null;
        }

        return step == 0 ? random.Pick(HowToPhrases.FirstOpeners)
            : step == count - 1 ? random.Pick(HowToPhrases.LastOpeners)
            : random.Pick(HowToPhrases.MiddleOpeners);
    }

    /// <summary>At most three sentences: optionally the tools, then the steps two (or three) to a sentence.</summary>
    private static string Summary(CorpusRandom random, List<HowToStep> steps, List<string> listed)
    {
        var sentences = new List<string>();
        if (random.Chance(40))
        {
            sentences.Add($"Gather {ListOf(listed.Select(WithArticle).ToList())}.");
        }

        var groups = Math.Min(3 - sentences.Count, (steps.Count + 1) / 2);
        var clauses = steps.Select(step => step.SummaryClause).ToList();
        for (var group = 0; group < groups; group++)
        {
            var take = (clauses.Count + (groups - group) - 1) / (groups - group);
            var part = clauses.Take(take).ToList();
            clauses.RemoveRange(0, take);
            var sentence = part.Count == 2 && random.Chance(50) ? $"{part[0]}, then {part[1]}" : ListOf(part);
            sentences.Add(Capitalise(sentence) + ".");
        }

        return string.Join(' ', sentences);
    }

    private static string ListOf(List<string> items) => items.Count switch
    {
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };

    private static string WithArticle(string noun) =>
        noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? $"some {noun}"
        : "aeio".Contains(noun[0], StringComparison.Ordinal) ? $"an {noun}"
        : $"a {noun}";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
