namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>
/// The fixed wording around the slots: openers, the sentences that introduce an article, and filler
/// sentences that a summary leaves out (some name a different tool or quantity, so that copying the
/// first number or tool in sight is wrong).
/// </summary>
internal static class HowToPhrases
{
    public static IReadOnlyList<string> FirstOpeners { get; } = ["First,", "To begin,", "Start like this:", "Before anything else,"];

    public static IReadOnlyList<string> MiddleOpeners { get; } = ["Next,", "Then", "After that,", "Now", "Once that is done,", "When you are ready,"];

    public static IReadOnlyList<string> LastOpeners { get; } = ["Finally,", "Last of all,", "To finish,", "As a last step,"];

    /// <summary>{task} is the task phrase, e.g. "repair the old bookshelf".</summary>
    public static IReadOnlyList<string> Introductions { get; } =
    [
        "Knowing how to {task} saves both time and money.",
        "Anyone can {task} with a little care and patience.",
        "This guide explains how to {task} at home.",
        "It is easier than it looks to {task}.",
        "Sooner or later most people need to {task}.",
        "If you have never tried to {task}, the steps below will help.",
    ];

    /// <summary>{obj}, {tool}, {mat}, {n} and {unit} are filled from the article; {tool} here is never a step's tool.</summary>
    public static IReadOnlyList<string> Fillers { get; } =
    [
        "Take your time here, because a rushed job shows later.",
        "Many people skip this part, but it makes a real difference to the {obj}.",
        "Do not use the {tool} here, since it can damage the {obj}.",
        "You may notice a faint smell of {mat}, which is normal.",
        "Some guides suggest waiting {n} {unit}, but that is rarely needed.",
        "A friend can hold things steady if they start to move.",
        "Check the result before you move on.",
        "Wear gloves if your skin is sensitive.",
        "It helps to work in good light near a window.",
        "Keep children and pets away while you work.",
        "The whole job takes less time than most people expect.",
        "Write down what you did, so that next time is easier.",
        "If something looks wrong, stop and start this part again.",
        "A cheap {tool} works just as well as an expensive one for most jobs.",
        "Older guides mention {mat}, but it is not needed for this.",
        "Work slowly and steadily rather than quickly.",
        "This is the part that most people find the hardest.",
        "It is normal for this to take {n} {unit} or so the first time.",
        "Clear a space before you start, so nothing gets in the way.",
        "Keep a {tool} nearby in case you need it later.",
        "Most mistakes at this point are easy to fix.",
        "Do not worry if it is not perfect the first time.",
        "Try not to press too hard.",
        "You will get faster with practice.",
    ];

    public static IReadOnlyList<string> Closings { get; } =
    [
        "Store the {tool} somewhere dry when you have finished.",
        "Clean up any {mat} that has spilled before it sets.",
        "Look at the {obj} again after {n} {unit} to make sure all is well.",
        "Repeat the whole job once or twice a year.",
        "If you are unsure about any step, ask someone with more experience.",
        "Wash your hands when you are done.",
    ];

    public static IReadOnlyList<string> FillerUnits { get; } = ["minutes", "hours", "days", "weeks"];
}
