using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Processes;

namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>
/// How one test program of a pass is started: the xunit v3 program's own arguments (the class's trait,
/// TRX and JUnit reports, no parallel cases that would fight over one GPU) and the suite's variables.
/// </summary>
public sealed record TestProgramInvocation(string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string?> Environment)
{
    /// <summary>The variable the test programs read their shared session from (tests/Support's TestSession).</summary>
    public const string SessionVariable = "LLAMA2VALIDATION_SESSION";

    public static string ProgramName(TestProject project) => "Llama2Validation.Tests." + project;

    public static TestProgramInvocation For(GatePass pass, TestProject project)
    {
        ArgumentNullException.ThrowIfNull(pass);
        var folder = pass.PassFolder;
        var program = Path.Combine(pass.ProgramsFolder, ProgramName(project) + (OperatingSystem.IsWindows() ? ".exe" : ""));
        string[] arguments =
        [
            "-trait", "Category=" + pass.HardwareClass,
            "-noColor", "-preEnumerateTheories", "-parallelMode", "none",
            "-result-trx", Path.Combine(folder, project + ".trx"),
            "-result-junit", Path.Combine(folder, project + ".junit.xml"),
            .. pass.ExtraArguments,
        ];
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [RepositoryLayout.RootVariable] = pass.SuiteRoot,
            [WorkerLauncher.WorkerVariable] = Path.Combine(pass.ProgramsFolder, "l2v-worker" + (OperatingSystem.IsWindows() ? ".exe" : "")),
            [SuiteVariables.Dataset] = pass.Dataset,
            [SessionVariable] = pass.Session,
            // A recording pass must not inherit a declared class from the runner's environment.
            [SuiteVariables.Gate] = pass.Declared ? pass.HardwareClass : null,
        };
        foreach (var (weights, path) in pass.Models)
        {
            environment[SuiteVariables.ModelFor(weights)] = path;
        }

        if (pass.SeedReference is not null)
        {
            environment[RepositoryLayout.SeedReferenceVariable] = pass.SeedReference;
        }

        return new TestProgramInvocation(program, arguments, environment);
    }
}
