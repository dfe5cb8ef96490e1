using System.Globalization;

namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>
/// Draws one step: an imperative with the article's object or a material, a tool and a detail (a
/// duration, a count, a state or a place), worded one of several ways in the document; the summary
/// clause keeps the verb, what it acts on and the detail, and drops the tool.
/// </summary>
internal static class HowToStepWriter
{
    private static readonly string[] Manners = ["on both sides", "from the top down", "from left to right", "along the edges", "in small circles", "one section at a time", "slowly and evenly"];

    public static HowToStep Write(CorpusRandom random, HowToTopic topic, string objectName, string verb, string tool)
    {
        var detail = Detail(random, topic);
        var material = random.Pick(topic.Materials);
        var target = random.Chance(75) ? $"the {objectName}" : $"the {material}";
        return random.Next(5) switch
        {
            0 => new($"{verb} {target} with the {tool} {detail}", $"{verb} {target} {detail}"),
            1 => new($"use the {tool} to {verb} {target} {detail}", $"{verb} {target} {detail}"),
            2 => new($"{verb} {target} {detail}, using the {tool}", $"{verb} {target} {detail}"),
            3 => AddFirst(random, material, verb, objectName, tool),
            _ => new($"take the {tool} and {verb} {target} {detail}", $"{verb} {target} {detail}"),
        };
    }

    private static HowToStep AddFirst(CorpusRandom random, string material, string verb, string objectName, string tool)
    {
        var amount = random.Next(4) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{random.Between(2, 90)} grams of "),
            1 => string.Create(CultureInfo.InvariantCulture, $"{random.Between(5, 500)} millilitres of "),
            2 => "a little ",
            _ => "a thin layer of ",
        };
        return new($"add {amount}{material}, then {verb} the {objectName} with the {tool}", $"add {amount}{material} and {verb} the {objectName}");
    }

    private static string Detail(CorpusRandom random, HowToTopic topic) => random.Next(7) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"for about {random.Between(2, 45)} minutes"),
        1 => string.Create(CultureInfo.InvariantCulture, $"for {random.Between(2, 12)} hours"),
        2 => string.Create(CultureInfo.InvariantCulture, $"{random.Between(2, 9)} times"),
        3 => $"until it is {random.Pick(topic.States)}",
        4 => string.Create(CultureInfo.InvariantCulture, $"every {random.Between(2, 14)} days"),
        5 => string.Create(CultureInfo.InvariantCulture, $"about {random.Between(2, 30)} centimetres from the edge"),
        _ => random.Pick(Manners),
    };
}
