namespace Llama2Validation.Harness.Data;

/// <summary>One section of a how-to article: its heading, its text and the section's one-line summary.</summary>
public sealed record WikiLinguaSection(string Name, string Document, string Summary);
