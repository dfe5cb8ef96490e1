namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>News-style English written for these tests, to measure tokens per word.</summary>
internal static class EnglishParagraphs
{
    public const string Text = """
        The city council voted on Wednesday to approve a new budget that will increase spending on public transport and housing over the next three years. Officials said the plan would cost about 240 million dollars, most of which would come from a tax on large companies. Critics argued that the measure could drive businesses away from the region, while supporters said it was long overdue.

        Scientists at the university have found that children who spend more time outdoors are less likely to develop problems with their eyesight. The study, which followed nearly two thousand students for five years, suggests that natural light plays an important role in how the eye grows. Researchers now hope to test whether schools can reduce the risk by moving some lessons outside.

        After weeks of heavy rain, rivers in the north of the country burst their banks, forcing thousands of families to leave their homes. Emergency services worked through the night to rescue people trapped in cars and houses. The prime minister visited the worst affected towns on Sunday and promised that the government would help pay for the damage.

        If you want to keep your plants healthy during the winter, move them to a bright room away from cold windows and water them less often. Most indoor plants need very little food at this time of year, so wait until spring before you add any fertiliser. Check the leaves regularly for signs of pests, and remove any that look yellow or dry.

        The company reported a sharp fall in profits for the second quarter, blaming higher energy prices and weaker demand in Europe. Its chief executive told investors that the firm would cut costs by closing two factories and reducing the number of managers. Shares dropped by more than eight percent in early trading before recovering slightly later in the day.

        The team won the championship for the first time in twenty years after a dramatic final match that went to extra time. Their coach praised the players for their patience and said the victory belonged to the fans who had supported them through difficult seasons. Thousands of people gathered in the main square to celebrate late into the night.
        """;

    public static int WordCount => Text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Length;
}
