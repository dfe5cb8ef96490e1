namespace Llama2Validation.Harness.Running.Worker;

/// <summary>Reads how a worker died: its exit status (128 + signal on Unix) and its last native log lines.</summary>
public static class NativeFailureClassifier
{
    private static readonly string[] AllocationFailureSigns =
    [
        "out of memory",
        "failed to allocate",
        "unable to allocate",
        "cudaMalloc failed",
        "ErrorOutOfDeviceMemory",
        "std::bad_alloc",
        "failed to create context",
    ];

    public static string? SignalName(int exitCode) => exitCode switch
    {
        134 => "SIGABRT",
        135 => "SIGBUS",
        136 => "SIGFPE",
        137 => "SIGKILL",
        139 => "SIGSEGV",
        _ => null,
    };

    /// <summary>
    /// True for the deaths an exhausted host can cause without a log line: a segfault inside an allocation
    /// the kernel refused, or the OOM killer's SIGKILL. An abort (SIGABRT) is llama.cpp refusing something
    /// and is named by its signal; so is an ordinary non-zero exit.
    /// </summary>
    public static bool CanBeMemoryExhaustion(int exitCode) => exitCode is 137 or 139 or 135;

    /// <summary>True when the native log shows an allocation failure (host or device).</summary>
    public static bool ShowsAllocationFailure(IEnumerable<string> nativeLog) =>
        nativeLog.Any(line => AllocationFailureSigns.Any(sign => line.Contains(sign, StringComparison.OrdinalIgnoreCase)));
}
