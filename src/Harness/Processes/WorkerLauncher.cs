using System.Diagnostics;

namespace Llama2Validation.Harness.Processes;

/// <summary>
/// Starts the worker executable, l2v-worker, where everything that loads llama.cpp runs: it is built beside
/// the CLI and the test assemblies (each references its project), or LLAMA2VALIDATION_WORKER names it.
/// </summary>
public static class WorkerLauncher
{
    public const string WorkerVariable = "LLAMA2VALIDATION_WORKER";

    public const string WorkerProgram = "l2v-worker";

    /// <summary>Runs one strategy: <c>run REQUEST.json</c>; messages on stdout, native log on stderr.</summary>
    public const string RunVerb = "run";

    /// <summary>Measures speed ratios: <c>ratios REQUEST.json</c>.</summary>
    public const string RatiosVerb = "ratios";

    /// <summary>Derives a quantised GGUF: <c>quantize SOURCE DESTINATION TYPE [NATIVE-LIBRARY]</c>.</summary>
    public const string QuantizeVerb = "quantize";

    /// <summary>Teacher-forces strategies through the F16 reference: <c>agreement REQUEST.json</c>; the result goes to the file the request names.</summary>
    public const string AgreementVerb = "agreement";

    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments) =>
        DotnetProgram.StartInfo(WorkerProgram, WorkerVariable, arguments);

    /// <summary>A worker other than the one beside this assembly: another build's (the merge base's, for a comparison).</summary>
    public static ProcessStartInfo StartInfo(string? workerPath, IEnumerable<string> arguments) =>
        workerPath is null ? StartInfo(arguments) : DotnetProgram.StartInfoAt(workerPath, arguments);
}
