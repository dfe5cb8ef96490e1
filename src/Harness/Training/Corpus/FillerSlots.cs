using System.Globalization;

namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>Fills a filler sentence's slots from the article, drawing a fresh quantity each time.</summary>
internal sealed class FillerSlots(CorpusRandom random, HowToTopic topic, string objectName, IReadOnlyList<string> otherTools)
{
    public string Fill(string template) => template
        .Replace("{obj}", objectName, StringComparison.Ordinal)
        .Replace("{tool}", random.Pick(otherTools), StringComparison.Ordinal)
        .Replace("{mat}", random.Pick(topic.Materials), StringComparison.Ordinal)
        .Replace("{n}", random.Between(2, 40).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{unit}", random.Pick(HowToPhrases.FillerUnits), StringComparison.Ordinal);
}
