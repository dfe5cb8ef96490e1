using Llama2Validation.Harness.Models.Caching;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>A remembered hash is trusted only while the file provably has not been rewritten.</summary>
public sealed class FileSha256Tests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-sha256-").FullName;

    [Fact]
    public void AFileChangedInPlace_WithItsSizeAndMtimeRestored_IsHashedAgain()
    {
        var path = Path.Combine(folder, "model.gguf");
        File.WriteAllBytes(path, [1, 2, 3, 4]);
        var before = FileSha256.Identify(path);
        var mtime = File.GetLastWriteTimeUtc(path);

        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            stream.Write([9, 9, 9, 9]);
        }

        File.SetLastWriteTimeUtc(path, mtime);
        var after = FileSha256.Identify(path);

        before.Source.Should().Be(FileHash.Hashed);
        after.Sha256.Should().NotBe(before.Sha256, "the bytes changed though size and mtime read the same");
        after.Source.Should().Be(FileHash.Hashed);
    }

    [Fact]
    public void AnUnchangedFile_IsRemembered_AndSaysSo()
    {
        var path = Path.Combine(folder, "model.gguf");
        File.WriteAllBytes(path, [1, 2, 3, 4]);

        var first = FileSha256.Identify(path);
        var second = FileSha256.Identify(path);

        second.Should().Be(first with { Source = FileHash.Remembered });
    }

    [Fact]
    public void AnOldSidecarOfSizeAndMtime_IsNotTrusted()
    {
        var path = Path.Combine(folder, "model.gguf");
        File.WriteAllBytes(path, [1, 2, 3, 4]);
        var file = new FileInfo(path);
        File.WriteAllText(path + FileSha256.SidecarExtension, $"{new string('a', 64)} {file.Length} {file.LastWriteTimeUtc.Ticks}\n");

        var identified = FileSha256.Identify(path);

        identified.Sha256.Should().NotBe(new string('a', 64));
        identified.Source.Should().Be(FileHash.Hashed);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
