using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Tools.GgufFuzzing;

namespace Llama2Validation.Tests.Correctness.GgufFuzzing;

/// <summary>The fuzzer's own machinery; the million-input run itself is `l2v-fuzz-gguf` (tools/GgufFuzzing), not a test.</summary>
public sealed class GgufFuzzerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-fuzz-").FullName;

    [Fact]
    public void BuiltInSeeds_AreValid()
    {
        foreach (var (name, bytes) in GgufFuzzSeeds.BuiltIn())
        {
            GgufReader.Inspect(new MemoryStream(bytes), name).Problems.Should().BeEmpty(name);
        }
    }

    [Fact]
    public void InputNumberAndSeed_MakeTheSameBytesEveryTime()
    {
        var fuzzer = new GgufFuzzer(Options(inputs: 1));

        var first = fuzzer.MakeInput(12345, out var firstSeed, []);
        var again = fuzzer.MakeInput(12345, out var againSeed, []);
        var other = fuzzer.MakeInput(12346, out _, []);

        again.Should().Equal(first);
        againSeed.Name.Should().Be(firstSeed.Name);
        other.Should().NotEqual(first);
    }

    [Fact]
    public void ShortRun_AccountsForEveryInput_AndFindsNothing()
    {
        var report = new GgufFuzzer(Options(inputs: 400)).Run();

        report.InputsRun.Should().Be(400);
        (report.Accepted + report.Refused).Should().Be(400);
        report.Refused.Should().BePositive();
        report.ProblemKinds.Should().NotBeEmpty();
        report.Mutations.Values.Sum().Should().BeGreaterThanOrEqualTo(400);
        report.Findings.Should().BeEmpty(string.Join("\n", report.Findings));
        report.Clean.Should().BeTrue();
        report.MaxAllocatedBytes.Should().BePositive().And.BeLessThan(GgufFuzzOptions.DefaultAllocationLimitBytes);
        Directory.EnumerateFiles(folder).Should().BeEmpty();
    }

    [Fact]
    public void AllocationBeyondTheLimit_IsAFinding_SavedForReproduction()
    {
        var report = new GgufFuzzer(Options(inputs: 20) with { AllocationLimitBytes = 1 }).Run();

        report.FindingCount.Should().Be(20);
        report.Clean.Should().BeFalse();
        var saved = report.Findings.Where(f => f.SavedPath is not null).ToList();
        saved.Should().HaveCount(5, "only MaxSavedPerKind inputs are written");
        saved.Should().OnlyContain(f => f.Kind == GgufFuzzFindingKind.Allocation && File.Exists(f.SavedPath));
        var again = new GgufFuzzer(Options(inputs: 1)).MakeInput(saved[0].Input, out _, []);
        File.ReadAllBytes(saved[0].SavedPath!).Should().Equal(again);
    }

    [Fact]
    public void InputInFlightWhenTheProcessDies_IsRecoveredByTheNextRun()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Reading a file that is still mapped is refused on Windows; the dying process is simulated by keeping it mapped.");
        }

        var input = GgufFuzzSeeds.BuiltIn()[0].Bytes[..1000];
        using (var inFlight = new GgufFuzzInFlight(folder, worker: 0))
        {
            inFlight.Store(42, seed: 7, input);

            var recovered = GgufFuzzInFlight.Recover(folder).Should().ContainSingle().Which;

            recovered.Input.Should().Be(42);
            recovered.Seed.Should().Be(7);
            File.ReadAllBytes(recovered.SavedPath).Should().Equal(input);
        }

        Directory.EnumerateFiles(folder, GgufFuzzInFlight.Prefix + "*").Should().BeEmpty();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private GgufFuzzOptions Options(long inputs) =>
        new(inputs, Seed: 7, SeedFiles: [], Workers: 2, GgufFuzzOptions.DefaultTimeLimit, GgufFuzzOptions.DefaultAllocationLimitBytes, folder) { MaxSavedPerKind = 5 };
}
