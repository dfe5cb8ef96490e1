using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Memory;

/// <summary>
/// Every class × strategy × parallel count: the memory model's prediction must equal the approved
/// expectation (everywhere), and on a GPU of that class the configuration really runs through the worker:
/// an expected out-of-memory must come back as out-of-memory (a pass, never a crash), an expected fit
/// must run the seed's longest document.
/// </summary>
public sealed class ExpectedOutcomeTests
{
    [Theory]
    [MemberData(nameof(MemoryMatrix.Rows), MemberType = typeof(MemoryMatrix))]
    public async Task The_outcome_is_the_approved_expectation(MatrixCase matrixCase, int parallelSequences)
    {
        var gateCase = matrixCase.Case;
        var memoryClass = MemoryMatrix.ClassOf(gateCase.Target);
        var strategy = StrategyCatalog.Find(gateCase.Strategy.Name)!;
        var spec = gateCase.Strategy;
        spec.ParallelSequences.Should().Be(parallelSequences);
        var evidence = MemoryEvidence.Label(memoryClass.Label);
        TestContext.Current.TestOutputHelper?.WriteLine($"expectation: {evidence}");
        if (memoryClass.Target == MemoryTarget.Gpu)
        {
            // Skips, with the gate's reasons, unless this machine is that GPU and its model is configured.
            SuiteContext.Gate().RunsHere(matrixCase, note: $"expectation {evidence}");
        }

        var approved = Approved(memoryClass, strategy);
        var expected = approved.Rows.Single(r => r.ParallelSequences == spec.ParallelSequences);
        var predicted = MemoryExpectations.Build(memoryClass, strategy).Rows.Single(r => r.ParallelSequences == spec.ParallelSequences);
        predicted.Should().BeEquivalentTo(expected, "the memory model must predict what was approved (l2v approve --kind memory accepts a change); the expectation is {0}", evidence);
        if (memoryClass.Target == MemoryTarget.Cpu)
        {
            return;
        }

        var run = await RunOnThisGpu(spec, SuiteContext.Gate().Decide(gateCase).ModelPath!);
        var verdict = MemoryOutcomeValidator.Validate(run, MemoryExpectations.ToBaselineEntry(approved, run.Metadata.HardwareClass));
        verdict.Violations.Should().BeEmpty(expected.Note);
        verdict.Checked.Should().BePositive("a memory case that matched no expectation judged nothing: {0}", string.Join("; ", verdict.Skipped));
        if (run.Outcome == RunOutcome.Completed)
        {
            MeasuredGpuMemory.Judge(run, strategy.Name, expected);
        }
    }

    private static MemoryExpectationFile Approved(MemoryClass memoryClass, StrategySpec strategy)
    {
        var key = MemoryExpectations.Key(memoryClass, strategy);
        var text = ApprovalFolder.For(RepositoryLayout.Current).ReadVerified(key);
        text.Should().NotBeNull($"an approved expectation must exist at baselines/{key.RelativeVerifiedPath}");
        return MemoryExpectations.Parse(text!)!;
    }

    private static Task<RunResult> RunOnThisGpu(StrategySpec spec, string modelPath)
    {
        var request = new RunRequest
        {
            // One document of the seed's longest prompt, generating the full 300 tokens.
            Spec = spec with { ForceNewTokens = SeedWorkload.MaxNewTokens },
            ModelPath = modelPath,
            Examples = SyntheticWorkloads.Uniform(1, SeedWorkload.LongestDocumentTokens + SeedWorkload.PromptSuffixTokens + 1),
            NativeLibraryPath = SuiteContext.Configuration.NativeLibrary,
        };
        return new WorkerHost().RunAsync(request, new RunMetadata { HardwareClass = SuiteContext.Hardware.Class.ToString() }, TestContext.Current.CancellationToken);
    }
}
