namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>
/// One family of how-to tasks: the words an article of that family draws its task, steps and tools
/// from. Verbs are imperatives that make sense with every object of the family.
/// </summary>
internal sealed record HowToTopic(
    string Name,
    IReadOnlyList<string> TaskVerbs,
    IReadOnlyList<string> Objects,
    IReadOnlyList<string> Tools,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> States);
