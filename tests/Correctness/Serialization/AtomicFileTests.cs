using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Tests.Correctness.Serialization;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-atomic-").FullName;

    [Fact]
    public void WriteAllText_ReplacesExistingFile_AndLeavesNoTemporaryFiles()
    {
        var path = Path.Combine(folder, "nested", "results.json");
        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second");

        File.ReadAllText(path).Should().Be("second");
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().ContainSingle();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
