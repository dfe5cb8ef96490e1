namespace Llama2Validation.Harness.Hardware.Parsing;

/// <summary>The nvidia-smi query the fallback probe runs; the parser reads its columns in this order.</summary>
public static class NvidiaSmiQuery
{
    public const string Fields = "name,memory.total,memory.free,compute_cap,driver_version";

    public static IReadOnlyList<string> Arguments { get; } = [$"--query-gpu={Fields}", "--format=csv,noheader,nounits"];
}
