using System.Runtime.InteropServices;

namespace Llama2Validation.Engine.Generation;

/// <summary>
/// CPU time the calling thread has used, to the nanosecond (clock_gettime's thread clock). With one
/// llama.cpp thread the decode runs on the caller, so this is the generation's own cost: time spent
/// waiting for a core is not counted, nor is the runtime's background work (tiered JIT, GC), which
/// measured as up to 30 ms inside a 130 ms group on the process clock. The CPU gate's speed ratios use it.
/// Where the thread clock is unavailable (not Linux), wall time stands in.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }

        return TimeSpan.FromMilliseconds(System.Environment.TickCount64);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct TimeSpec
    {
        public readonly long Seconds;
        public readonly long Nanoseconds;
    }
}
