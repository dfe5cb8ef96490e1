namespace Llama2Validation.Harness.Models.Generation;

/// <summary>
/// The trained models committed under models/: real weights in the tiny shape, so CPU runs produce
/// real summaries and ROUGE means something (docs/trained-model.md has the recipe and scores).
/// </summary>
public static class TrainedModels
{
    /// <summary>The summariser's profile; baselines and reports know it as l2v-summariser.</summary>
    public const string SummariserProfile = "summariser";

    public const string SummariserFileName = "l2v-summariser-f16.gguf";

    public static string SummariserPath(RepositoryLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(layout.ModelsFolder, SummariserFileName);
    }
}
