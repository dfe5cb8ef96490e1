using System.Runtime.InteropServices;

namespace Llama2Validation.Harness.Running.Engine;

/// <summary>
/// CPU time this process has used, all threads, to the nanosecond (clock_gettime's process clock; the
/// tick-based figure .NET exposes moves in 10 ms steps). On a shared machine a run's CPU time moves far
/// less than its wall time, since time spent waiting for a core is not counted: the CPU gate's speed
/// ratios use it.
/// </summary>
internal static partial class ProcessCpuClock
{
    private const int ProcessCpuTimeClock = 2;

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ProcessCpuTimeClock, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
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
