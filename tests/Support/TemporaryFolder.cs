namespace Llama2Validation.Tests.Support;

/// <summary>A fresh folder per test class instance, removed with everything in it on dispose; files the tests write live here.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("l2v-test-").FullName;

    public string Write(string name, string contents)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
        return path;
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
