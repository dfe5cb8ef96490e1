using Llama2Validation.Harness;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Running;

/// <summary>Everything native runs in a worker process: aborts and cancellation end the run, never the host.</summary>
public sealed class WorkerIsolationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-worker-test-").FullName;

    private static readonly StrategySpec Spec = StrategyCatalog.Default with { Threads = 1, MaxNewTokens = 40 };

    private static async Task<IReadOnlyList<Example>> SmokeExamplesAsync() =>
        (await DatasetCatalog.PrepareAsync(new DatasetRequest { Dataset = DatasetCatalog.Smoke }, RepositoryLayout.Current)).Examples;

    /// <summary>
    /// tests/AbortingWorker: l2v-worker's run, ended by abort() once its first document has reached the parent.
    /// Its apphost where it can start (a self-contained bundle has no dotnet host), as DotnetProgram chooses for l2v-worker.
    /// </summary>
    private static readonly string AbortingWorker = File.Exists(Path.Combine(AppContext.BaseDirectory, "l2v-aborting-worker.runtimeconfig.json"))
        && File.Exists(Path.Combine(AppContext.BaseDirectory, "l2v-aborting-worker"))
        ? Path.Combine(AppContext.BaseDirectory, "l2v-aborting-worker")
        : Path.Combine(AppContext.BaseDirectory, "l2v-aborting-worker.dll");

    private static RunRequest Request(IReadOnlyList<Example> examples) => new()
    {
        Spec = Spec,
        ModelPath = new ModelSources().Resolver()(WeightType.F16).Path,
        Examples = examples,
        GpuLayers = 0,
    };

    [Fact]
    public async Task NativeAbort_EndsAsAFailedRun_WithTheSignal_AndKeepsFinishedDocuments()
    {
        var examples = await SmokeExamplesAsync();

        var run = await new WorkerHost { WorkerPath = AbortingWorker }.RunAsync(Request(examples), new RunMetadata(), TestContext.Current.CancellationToken);

        run.Outcome.Should().Be(RunOutcome.Failed);
        run.FailureDetail.Should().Contain("SIGABRT").And.Contain("after 1 of the run's documents").And.Contain("aborting natively after 1 documents");
        run.Documents.Should().ContainSingle().Which.Outcome.Should().Be(DocumentOutcome.Ok);
        run.DocumentCount.Should().Be(examples.Count);
    }

    [Fact]
    public async Task Cancellation_KillsTheWorker_AndKeepsFinishedDocuments()
    {
        var examples = await SmokeExamplesAsync();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var host = new WorkerHost { OnDocument = _ => cancel.CancelAfter(TimeSpan.FromMilliseconds(1)) };

        var run = await host.RunAsync(Request([.. Enumerable.Repeat(examples, 20).SelectMany(e => e).Select((e, i) => e with { Id = $"{e.Id}#{i}" })]), new RunMetadata(), cancel.Token);

        run.Outcome.Should().Be(RunOutcome.Cancelled);
        run.Documents.Should().NotBeEmpty().And.HaveCountLessThan(80);
    }

    [Fact]
    public async Task InterruptedRun_Resumes_RunningOnlyTheRemainingDocuments()
    {
        var examples = await SmokeExamplesAsync();
        var plan = SmokePlan(Spec, examples);
        using (var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken))
        {
            var interrupted = new SuiteRunner { OutputFolder = folder, OnDocument = (_, _) => cancel.Cancel() };
            await interrupted.RunAsync(plan, cancel.Token);
        }

        var saved = ResultsStore.Read(Path.Combine(folder, ResultsStore.FileName)).Runs.Should().ContainSingle().Subject;
        saved.Outcome.Should().Be(RunOutcome.Cancelled);
        var kept = saved.Documents.Select(d => d.Id).ToList();
        kept.Should().NotBeEmpty();

        var started = new List<int>();
        var resumed = await new SuiteRunner { OutputFolder = folder, ResumeFromOutput = true, OnStrategyStarted = (_, n) => started.Add(n) }
            .RunAsync(plan, TestContext.Current.CancellationToken);

        started.Should().Equal(examples.Count - kept.Count);
        var run = resumed.Runs.Should().ContainSingle().Subject;
        run.Outcome.Should().Be(RunOutcome.Completed);
        run.Documents.Select(d => d.Id).Should().BeEquivalentTo(examples.Select(e => e.Id));
        run.FailureDetail.Should().StartWith($"resumed: {kept.Count} documents");
    }

    /// <summary>A GPU gate times its one-at-a-time strategies on a prefix; a run service that ignored it would time every document under a configuration that says otherwise.</summary>
    [Fact]
    public async Task A_spec_that_names_a_prefix_runs_only_those_documents()
    {
        var examples = await SmokeExamplesAsync();
        var plan = SmokePlan(Spec with { Documents = 1 }, examples);

        var run = (await new SuiteRunner().RunAsync(plan, TestContext.Current.CancellationToken)).Runs.Should().ContainSingle().Subject;

        examples.Count.Should().BeGreaterThan(1);
        run.Documents.Select(d => d.Id).Should().Equal(examples[0].Id);
        run.DocumentCount.Should().Be(1);
    }

    private static RunPlan SmokePlan(StrategySpec spec, IReadOnlyList<Example> examples) => new()
    {
        Strategies = [spec],
        Examples = examples,
        DatasetName = "smoke",
        DatasetHash = DatasetHash.Compute(examples),
        ModelFor = new ModelSources().Resolver(),
        Host = new HostFacts("CPU", "test", "test", null),
        GpuLayers = 0,
    };

    [Fact]
    public void MalformedModel_IsRefusedInManagedCode_NamingTheFile()
    {
        var good = new ModelSources().Resolver()(WeightType.F16).Path;
        var truncated = Path.Combine(folder, "truncated.gguf");
        using (var source = File.OpenRead(good))
        using (var target = File.Create(truncated))
        {
            var head = new byte[1 << 16];
            source.ReadExactly(head);
            target.Write(head);
        }

        var refuse = () => ModelSources.Describe(truncated);

        refuse.Should().Throw<GgufValidationException>().WithMessage($"*{truncated}*");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
