using System.Diagnostics;

namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>One fuzzing thread's counters, and what it is running now (read by the watchdog).</summary>
internal sealed class GgufFuzzWorker
{
    private long currentStart;

    public long Accepted { get; set; }

    public long Refused { get; set; }

    public long Crashed { get; set; }

    public long[] ProblemKinds { get; } = new long[Enum.GetValues<GgufValidationProblemKind>().Length];

    public long[] Mutations { get; } = new long[Enum.GetValues<GgufMutation>().Length];

    public long MaxAllocatedBytes { get; set; }

    public long MaxAllocatedInput { get; set; } = -1;

    public TimeSpan Slowest { get; set; }

    public long SlowestInput { get; set; } = -1;

    public long CurrentInput { get; private set; } = -1;

    public byte[]? CurrentBytes { get; private set; }

    public string CurrentSeed { get; private set; } = string.Empty;

    public void Begin(long input, byte[] bytes, string seed)
    {
        CurrentInput = input;
        CurrentBytes = bytes;
        CurrentSeed = seed;
        Volatile.Write(ref currentStart, Stopwatch.GetTimestamp());
    }

    public void End() => Volatile.Write(ref currentStart, 0);

    /// <summary>How long the current input has been running; zero when idle.</summary>
    public TimeSpan Running()
    {
        var start = Volatile.Read(ref currentStart);
        return start == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(start);
    }
}
