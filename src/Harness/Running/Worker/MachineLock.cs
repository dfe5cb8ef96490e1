using Llama2Validation.Harness.Models.Caching;

namespace Llama2Validation.Harness.Running.Worker;

/// <summary>
/// Held by every worker run: native runs never overlap on one machine, because two at once would time
/// each other (and would fight over one GPU). Processes of the three test assemblies queue here.
/// </summary>
public static class MachineLock
{
    public static string Path => System.IO.Path.Combine(RepositoryLayout.Current.CacheFolder, "runs", "machine.lock");

    public static Task<FileLock> AcquireAsync(CancellationToken cancellationToken) => FileLock.AcquireAsync(Path, cancellationToken);
}
