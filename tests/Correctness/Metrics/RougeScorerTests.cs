using Llama2Validation.Harness.Metrics;

namespace Llama2Validation.Tests.Correctness.Metrics;

/// <summary>Expected values are computed by hand in the comments; fractions are exact before rounding.</summary>
public sealed class RougeScorerTests
{
    private const double Exact = 1e-15;

    [Fact]
    public void Score_RougeScoresOwnExample()
    {
        // rouge_score's docstring pair. Reference: the quick brown fox jumps over the lazy dog (9 tokens);
        // prediction: the quick brown dog jumps on the log (8 tokens).
        var scores = new RougeScorer().Score("The quick brown fox jumps over the lazy dog", "The quick brown dog jumps on the log.");

        // Unigrams in common: the×2, quick, brown, dog, jumps = 6. P = 6/8, R = 6/9, F = 2·(3/4)(2/3)/(17/12) = 12/17.
        scores.Rouge1.Precision.Should().Be(0.75);
        scores.Rouge1.Recall.Should().Be(6.0 / 9);
        scores.Rouge1.F1.Should().BeApproximately(12.0 / 17, Exact);

        // Bigrams in common: "the quick", "quick brown" = 2 of 7 predicted and 8 reference. F = (1/7)/(15/28) = 4/15.
        scores.Rouge2.Precision.Should().Be(2.0 / 7);
        scores.Rouge2.Recall.Should().Be(0.25);
        scores.Rouge2.F1.Should().BeApproximately(4.0 / 15, Exact);

        // Longest common subsequence: the quick brown jumps the = 5. F = 2·(5/8)(5/9)/(85/72) = 10/17.
        scores.RougeL.Precision.Should().Be(5.0 / 8);
        scores.RougeL.Recall.Should().Be(5.0 / 9);
        scores.RougeL.F1.Should().BeApproximately(10.0 / 17, Exact);
    }

    [Fact]
    public void Score_IdenticalTexts_AreOneEverywhere()
    {
        var scores = new RougeScorer().Score("A cat sat on the mat.", "a cat, sat on THE mat");

        scores.Should().Be(new RougeScores(new RougeScore(1, 1, 1), new RougeScore(1, 1, 1), new RougeScore(1, 1, 1)));
    }

    [Fact]
    public void Score_PrecisionIsAgainstThePrediction()
    {
        // Reference a b c d, prediction a b: everything predicted is right (P = 1), half the reference is found.
        var scores = new RougeScorer().Score("a b c d", "a b");

        scores.Rouge1.Should().Be(new RougeScore(1, 0.5, 2 * 1 * 0.5 / 1.5));
        scores.Rouge2.Precision.Should().Be(1); // "a b" of 1 predicted bigram; 1 of 3 reference bigrams.
        scores.Rouge2.Recall.Should().Be(1.0 / 3);
    }

    [Theory]
    // Repeated prediction tokens count at most as often as in the reference: overlap 1, P = 1/4, R = 1/2, F = 1/3.
    [InlineData("the cat", "the the the the", 0.25, 0.5, 1.0 / 3)]
    // And the other way round: overlap 1, P = 1, R = 1/3, F = (2/3)/(4/3) = 1/2.
    [InlineData("the the the", "the", 1.0, 1.0 / 3, 0.5)]
    public void Score_Rouge1_ClipsRepeatedTokens(string reference, string prediction, double precision, double recall, double f1)
    {
        var rouge1 = new RougeScorer().Score(reference, prediction).Rouge1;

        rouge1.Precision.Should().Be(precision);
        rouge1.Recall.Should().Be(recall);
        rouge1.F1.Should().BeApproximately(f1, Exact);
    }

    [Fact]
    public void Score_Rouge2_ClipsRepeatedBigrams()
    {
        // Reference bigrams: ab, ba, ab (ab×2, ba×1); predicted: ab, ba, ab, ba, ab (ab×3, ba×2).
        // Overlap min(2,3) + min(1,2) = 3: P = 3/5, R = 3/3, F = 1.2/1.6 = 0.75.
        var rouge2 = new RougeScorer().Score("a b a b", "a b a b a b").Rouge2;

        rouge2.Precision.Should().Be(0.6);
        rouge2.Recall.Should().Be(1);
        rouge2.F1.Should().BeApproximately(0.75, Exact);
    }

    [Fact]
    public void Score_RougeL_UsesTheLongestCommonSubsequence()
    {
        // Reference a b c d e, prediction a c e b d: the longest common subsequences (a c e, a b d, a c d)
        // have 3 tokens, so P = R = F = 3/5.
        var rougeL = new RougeScorer().Score("a b c d e", "a c e b d").RougeL;

        rougeL.Precision.Should().Be(0.6);
        rougeL.Recall.Should().Be(0.6);
        rougeL.F1.Should().BeApproximately(0.6, Exact);
    }

    [Fact]
    public void Score_RougeL_IsNotTheSameAsSharedTokensInAnyOrder()
    {
        // Every token is shared (ROUGE-1 = 1) but reversed order leaves an LCS of 1 of 4: P = R = F = 1/4.
        var scores = new RougeScorer().Score("w x y z", "z y x w");

        scores.Rouge1.F1.Should().Be(1);
        scores.Rouge2.F1.Should().Be(0);
        scores.RougeL.F1.Should().Be(0.25);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", "some prediction")]
    [InlineData("some reference", "")]
    [InlineData("some reference", "!!! ... ???")]
    [InlineData("日本語", "some prediction")]
    public void Score_EitherSideWithoutTokens_IsZeroEverywhere(string reference, string prediction) =>
        new RougeScorer().Score(reference, prediction).Should().Be(new RougeScores(default, default, default));

    [Fact]
    public void Score_SingleTokenSides_HaveNoBigrams()
    {
        var scores = new RougeScorer().Score("word", "word");

        scores.Rouge1.F1.Should().Be(1);
        scores.Rouge2.Should().Be(default(RougeScore));
        scores.RougeL.F1.Should().Be(1);
    }

    [Fact]
    public void Score_ApostrophesAndAccents_SplitAsRougeScoreDoes()
    {
        // "don't" -> don, t and "café" -> caf on both sides, so they match each other but not "dont"/"cafe".
        var scorer = new RougeScorer();

        scorer.Score("I don't like the café", "i don t like the caf").Rouge1.F1.Should().Be(1);
        scorer.Score("dont cafe", "don't café").Rouge1.F1.Should().Be(0);
    }

    [Fact]
    public void Score_WithStemming_MatchesInflectedForms()
    {
        // Reference: the cats are running -> the cat are run; prediction: a cat runs -> a cat run ("cat" has
        // 3 letters and is not stemmed). Without stemming nothing matches.
        const string Reference = "The cats are running";
        const string Prediction = "A cat runs";

        new RougeScorer(useStemmer: false).Score(Reference, Prediction).Rouge1.F1.Should().Be(0);
        var stemmed = new RougeScorer(useStemmer: true).Score(Reference, Prediction).Rouge1;
        stemmed.Precision.Should().Be(2.0 / 3);
        stemmed.Recall.Should().Be(0.5);
    }

    [Fact]
    public void Score_ReusingTheScorer_GivesTheSameAsAFreshOne()
    {
        var reused = new RougeScorer();
        reused.Score("completely different words first", "to fill the vocabulary and buffers with other tokens");

        reused.Score("The quick brown fox", "the brown fox").Should().Be(new RougeScorer().Score("The quick brown fox", "the brown fox"));
    }

    [Fact]
    public void FromPrecisionAndRecall_IsZeroWhenBothAreZero() =>
        RougeScore.FromPrecisionAndRecall(0, 0).Should().Be(default(RougeScore));
}
