namespace Llama2Validation.Harness.Models.Caching;

/// <summary>
/// An exclusive lock between processes (and threads): an open lock file with no sharing, which .NET
/// maps to an advisory lock on Unix and a share mode on Windows. Released on dispose or process exit, so
/// a crashed holder never wedges the others. The file stays: deleting it on release would let two
/// waiters lock different inodes.
/// </summary>
public sealed class FileLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream stream;

    private FileLock(FileStream stream) => this.stream = stream;

    public static FileLock Acquire(string lockPath, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new FileLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(PollInterval);
            }
            catch (IOException exception)
            {
                throw new TimeoutException($"Another process held '{lockPath}' for longer than {timeout}.", exception);
            }
        }
    }

    /// <summary>Waits without a deadline (a run may hold it for minutes) and without blocking a thread.</summary>
    public static async Task<FileLock> AcquireAsync(string lockPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
