namespace Llama2Validation.Harness.Models.Generation;

/// <summary>A generated model file ready to load.</summary>
public sealed record GeneratedModel(SyntheticModelSpec Spec, string Path, long SizeBytes, string Sha256);
