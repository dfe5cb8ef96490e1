namespace Llama2Validation.Tests.Correctness.Data;

/// <summary>A fresh folder per test class instance, removed afterwards; files the tests write live here.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("l2v-data-").FullName;

    public string Write(string name, string contents)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, contents);
        return path;
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
