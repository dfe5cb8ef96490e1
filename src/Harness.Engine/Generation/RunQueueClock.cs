using System.Globalization;

namespace Llama2Validation.Engine.Generation;

/// <summary>
/// How long the calling thread has waited on the kernel's run queue (ready, but another process held the
/// core): the second field of /proc/thread-self/schedstat, in nanoseconds. Wall time less this is what a
/// run would have taken alone on its core, waits it makes itself (sleeps, locks, I/O) included; the
/// comparison of a build against its base judges that on a busy CPU runner. Null where unavailable.
/// </summary>
internal static class RunQueueClock
{
    private const string SchedStat = "/proc/thread-self/schedstat";

    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            // A synchronous read: it must run on this thread, whose statistics /proc/thread-self shows.
            var fields = File.ReadAllText(SchedStat).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length >= 2 && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var nanoseconds)
                ? TimeSpan.FromTicks(nanoseconds / 100)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
