namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>A temporary folder removed with everything in it on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("l2v-models-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
