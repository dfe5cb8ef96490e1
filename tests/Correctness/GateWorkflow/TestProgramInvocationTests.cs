using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.GateWorkflow;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.GateWorkflow;

public sealed class TestProgramInvocationTests
{
    private static readonly GatePass Pass = new()
    {
        Name = "clean",
        HardwareClass = "H100",
        ProgramsFolder = "/tmp/l2v",
        SuiteRoot = "/tmp/l2v-gate-root",
        RunsFolder = "/tmp/l2v-runs",
        Models = new Dictionary<WeightType, string> { [WeightType.F16] = "/m/f16.gguf", [WeightType.Q4_0] = "/m/q4.gguf" },
        Session = "gate-clean-1",
        SeedReference = "/seed",
    };

    [Fact]
    public void A_program_runs_the_class_s_cases_one_at_a_time_with_its_reports_in_the_pass_folder()
    {
        var invocation = TestProgramInvocation.For(Pass, TestProject.Memory);

        invocation.FileName.Should().Be(Path.Combine("/tmp/l2v", "Llama2Validation.Tests.Memory"));
        invocation.Arguments.Should().ContainInConsecutiveOrder("-trait", "Category=H100")
            .And.ContainInConsecutiveOrder("-parallelMode", "none")
            .And.ContainInConsecutiveOrder("-result-trx", Path.Combine("/tmp/l2v-runs", "clean", "Memory.trx"))
            .And.ContainInConsecutiveOrder("-result-junit", Path.Combine("/tmp/l2v-runs", "clean", "Memory.junit.xml"));
    }

    [Fact]
    public void The_suite_s_variables_point_at_the_runner_s_root_worker_models_and_session()
    {
        var environment = TestProgramInvocation.For(Pass, TestProject.Correctness).Environment;

        environment.Should().Contain("LLAMA2VALIDATION_ROOT", "/tmp/l2v-gate-root")
            .And.Contain("LLAMA2VALIDATION_WORKER", Path.Combine("/tmp/l2v", "l2v-worker"))
            .And.Contain(SuiteVariables.ModelF16, "/m/f16.gguf")
            .And.Contain(SuiteVariables.ModelQ4, "/m/q4.gguf")
            .And.Contain(SuiteVariables.Dataset, "w100")
            .And.Contain("LLAMA2VALIDATION_SEED_REFERENCE", "/seed")
            .And.Contain(TestProgramInvocation.SessionVariable, "gate-clean-1")
            .And.Contain(SuiteVariables.Gate, "H100");
        environment.Should().NotContainKey(SuiteVariables.ModelQ8);
    }

    [Fact]
    public void A_recording_pass_removes_a_declared_class_the_runner_s_environment_may_set()
    {
        var environment = TestProgramInvocation.For(Pass with { Declared = false }, TestProject.Correctness).Environment;

        environment.Should().ContainKey(SuiteVariables.Gate).WhoseValue.Should().BeNull();
    }

    [Fact]
    public void Extra_arguments_pass_as_given_never_through_a_shell()
    {
        var invocation = TestProgramInvocation.For(Pass with { ExtraArguments = ["-method", "*Throughput* $(rm -rf /)"] }, TestProject.Performance);

        invocation.Arguments.TakeLast(2).Should().Equal("-method", "*Throughput* $(rm -rf /)");
    }

    [Fact]
    public void The_summary_is_the_last_total_line_or_says_there_was_none()
    {
        TestProgramOutcome.SummaryOf(["=== TEST EXECUTION SUMMARY ===", "   Llama2Validation.Tests.Memory  Total: 12, Errors: 0, Failed: 1, Skipped: 0, Time: 3.1s"])
            .Should().Be("Llama2Validation.Tests.Memory  Total: 12, Errors: 0, Failed: 1, Skipped: 0, Time: 3.1s");
        TestProgramOutcome.SummaryOf(["Segmentation fault"]).Should().Contain("no test summary");
    }
}
