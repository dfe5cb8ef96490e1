namespace Llama2Validation.Cli.Commands.Run;

/// <summary>
/// One run at a time in an --out folder. Two runs into one folder each rewrote results.json and the
/// journal from their own memory, so the one that finished last silently dropped the other's runs.
/// The lock is the operating system's (an exclusive open), so a run killed with SIGKILL leaves no stale lock.
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    /// <summary>The lock file: left in place, because deleting it would let a third run lock a new file while a second still holds the old one.</summary>
    public const string FileName = ".l2v-run.lock";

    private readonly FileStream stream;

    private OutputFolderLock(FileStream stream) => this.stream = stream;

    /// <summary>The folder's lock, or null when another l2v run holds it.</summary>
    public static OutputFolderLock? TryTake(string folder)
    {
        try
        {
            return new OutputFolderLock(new FileStream(Path.Combine(folder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Dispose() => stream.Dispose();
}
