namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>Which part of the generated corpus an article belongs to; each split has its own random stream.</summary>
public enum CorpusSplit
{
    Train,
    HeldOut,
}
