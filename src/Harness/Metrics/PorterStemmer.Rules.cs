namespace Llama2Validation.Harness.Metrics;

/// <summary>The suffix tables, in NLTK's order (order matters: the first matching suffix decides).</summary>
public static partial class PorterStemmer
{
    /// <summary>Whether a rule applies, given the whole word and the length of the stem before the suffix.</summary>
    private delegate bool StemCondition(string word, int stemLength);

    private readonly record struct SuffixRule(string Suffix, string Replacement, StemCondition Condition);

    private static readonly StemCondition Always = (_, _) => true;

    private static readonly StemCondition PositiveMeasure = (word, stemLength) => Measure(word.AsSpan(0, stemLength)) > 0;

    private static readonly StemCondition MeasureAboveOne = (word, stemLength) => Measure(word.AsSpan(0, stemLength)) > 1;

    private static readonly SuffixRule[] Step1aRules =
    [
        new("sses", "ss", Always),
        new("ies", "i", Always),
        new("ss", "ss", Always),
        new("s", "", Always),
    ];

    private static readonly SuffixRule[] Step2Rules =
    [
        new("ational", "ate", PositiveMeasure),
        new("tional", "tion", PositiveMeasure),
        new("enci", "ence", PositiveMeasure),
        new("anci", "ance", PositiveMeasure),
        new("izer", "ize", PositiveMeasure),
        new("bli", "ble", PositiveMeasure),
        new("alli", "al", PositiveMeasure),
        new("entli", "ent", PositiveMeasure),
        new("eli", "e", PositiveMeasure),
        new("ousli", "ous", PositiveMeasure),
        new("ization", "ize", PositiveMeasure),
        new("ation", "ate", PositiveMeasure),
        new("ator", "ate", PositiveMeasure),
        new("alism", "al", PositiveMeasure),
        new("iveness", "ive", PositiveMeasure),
        new("fulness", "ful", PositiveMeasure),
        new("ousness", "ous", PositiveMeasure),
        new("aliti", "al", PositiveMeasure),
        new("iviti", "ive", PositiveMeasure),
        new("biliti", "ble", PositiveMeasure),
        new("fulli", "ful", PositiveMeasure),

        // NLTK keeps the l with the stem when measuring, so "geology" -> "geolog" like "philology".
        new("logi", "log", (word, stemLength) => Measure(word.AsSpan(0, stemLength + 1)) > 0),
    ];

    private static readonly SuffixRule[] Step3Rules =
    [
        new("icate", "ic", PositiveMeasure),
        new("ative", "", PositiveMeasure),
        new("alize", "al", PositiveMeasure),
        new("iciti", "ic", PositiveMeasure),
        new("ical", "ic", PositiveMeasure),
        new("ful", "", PositiveMeasure),
        new("ness", "", PositiveMeasure),
    ];

    private static readonly SuffixRule[] Step4Rules =
    [
        new("al", "", MeasureAboveOne),
        new("ance", "", MeasureAboveOne),
        new("ence", "", MeasureAboveOne),
        new("er", "", MeasureAboveOne),
        new("ic", "", MeasureAboveOne),
        new("able", "", MeasureAboveOne),
        new("ible", "", MeasureAboveOne),
        new("ant", "", MeasureAboveOne),
        new("ement", "", MeasureAboveOne),
        new("ment", "", MeasureAboveOne),
        new("ent", "", MeasureAboveOne),
        new("ion", "", (word, stemLength) => Measure(word.AsSpan(0, stemLength)) > 1 && word[stemLength - 1] is 's' or 't'),
        new("ou", "", MeasureAboveOne),
        new("ism", "", MeasureAboveOne),
        new("ate", "", MeasureAboveOne),
        new("iti", "", MeasureAboveOne),
        new("ous", "", MeasureAboveOne),
        new("ive", "", MeasureAboveOne),
        new("ize", "", MeasureAboveOne),
    ];
}
