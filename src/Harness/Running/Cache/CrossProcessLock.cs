namespace Llama2Validation.Harness.Running.Cache;

/// <summary>
/// An exclusive lock shared by every process on the machine: a file held open with no sharing (an flock
/// on Linux), which the OS drops when its holder dies, so a crashed run never wedges the others. The file
/// stays afterwards: deleting it on release would let two waiters lock different inodes.
/// </summary>
public static class CrossProcessLock
{
    /// <summary>
    /// Held by every worker run: native runs never overlap on one machine, because two at once would time
    /// each other (and would fight over one GPU). Tests of the three assemblies queue here.
    /// </summary>
    public static string MachinePath => Path.Combine(RepositoryLayout.Current.CacheFolder, "runs", "machine.lock");

    public static async Task<IDisposable> AcquireAsync(string lockPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(lockPath))!);
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
