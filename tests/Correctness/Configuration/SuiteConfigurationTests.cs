using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Configuration;

public sealed class SuiteConfigurationTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("l2v-config-");

    [Fact]
    public void From_ReadsEveryVariable_AndTakesRelativePathsFromTheRoot()
    {
        var configuration = From(new()
        {
            [SuiteVariables.ModelF16] = "/models/llama-2-7b-chat.F16.gguf",
            [SuiteVariables.ModelQ8] = "models/q8.gguf",
            [SuiteVariables.ModelQ4] = " /models/q4.gguf ",
            [SuiteVariables.Dataset] = "/data/wikilingua",
            [SuiteVariables.Sample] = "data/samples/seed-100.json",
            [SuiteVariables.Gate] = "H200",
            [SuiteVariables.NativeLibrary] = "/opt/llama/libllama.so",
            [SuiteVariables.HardwareClass] = "a100-40gb",
        });

        configuration.ModelF16.Should().Be("/models/llama-2-7b-chat.F16.gguf");
        configuration.ModelQ8.Should().Be(Path.Combine(root.FullName, "models", "q8.gguf"));
        configuration.ModelQ4.Should().Be("/models/q4.gguf");
        configuration.Dataset.Should().Be("/data/wikilingua");
        configuration.Sample.Should().Be(Path.Combine(root.FullName, "data", "samples", "seed-100.json"));
        configuration.DeclaredGate.Should().Be(new HardwareOverride(HardwareClass.H200, null));
        configuration.NativeLibrary.Should().Be("/opt/llama/libllama.so");
        configuration.HardwareOverride.Should().Be(new HardwareOverride(HardwareClass.A100, "40GB"));
    }

    [Fact]
    public void From_TreatsMissingAndBlankAsNotConfigured()
    {
        var configuration = From(new() { [SuiteVariables.ModelQ4] = "   ", [SuiteVariables.HardwareClass] = "" });

        configuration.Should().Be(new SuiteConfiguration());
        configuration.Validate().Should().BeEmpty();
    }

    [Theory]
    [InlineData(WeightType.F16, "f16")]
    [InlineData(WeightType.Q8_0, "q8")]
    [InlineData(WeightType.Q4_0, "q4")]
    public void ModelFor_PicksTheStrategysWeightType(WeightType weights, string path)
    {
        var configuration = new SuiteConfiguration { ModelF16 = "f16", ModelQ8 = "q8", ModelQ4 = "q4" };

        configuration.ModelFor(weights).Should().Be(path);
        SuiteVariables.ModelFor(weights).Should().StartWith("LLAMA2VALIDATION_MODEL_");
    }

    [Fact]
    public void Validate_ReportsEveryConfiguredPathThatDoesNotExist_ByVariable()
    {
        File.WriteAllBytes(Path.Combine(root.FullName, "present.gguf"), []);
        Directory.CreateDirectory(Path.Combine(root.FullName, "dataset"));
        var configuration = From(new()
        {
            [SuiteVariables.ModelF16] = "present.gguf",
            [SuiteVariables.ModelQ4] = "absent.gguf",
            [SuiteVariables.Dataset] = "dataset",
            [SuiteVariables.Sample] = "absent.json",
        });

        configuration.Validate().Should().BeEquivalentTo(
        [
            new ConfigurationProblem(SuiteVariables.ModelQ4, Path.Combine(root.FullName, "absent.gguf"), "does not exist"),
            new ConfigurationProblem(SuiteVariables.Sample, Path.Combine(root.FullName, "absent.json"), "does not exist"),
        ]);
    }

    [Fact]
    public void Validate_NamesTheAcceptedClasses_ForAnUnknownOne()
    {
        var problem = From(new() { [SuiteVariables.HardwareClass] = "L40S" }).Validate().Should().ContainSingle().Subject;

        problem.ToString().Should().Be(
            "LLAMA2VALIDATION_HARDWARE_CLASS=L40S: is not a hardware class (CPU, T4, L4, A100, A100-40GB, A100-80GB, H100, H200)");
    }

    [Fact]
    public void Apply_SetsTheClass_OnlyWhenOverridden()
    {
        var detected = HardwareReport.From(GpuReading.NoGpu("no NVIDIA driver", []), new CpuReading { LogicalCores = 2 });

        new SuiteConfiguration().Apply(detected).Should().BeSameAs(detected);
        new SuiteConfiguration { HardwareClassText = "h200" }.Apply(detected).Class.Should().Be(HardwareClass.H200);
    }

    public void Dispose() => root.Delete(recursive: true);

    private SuiteConfiguration From(Dictionary<string, string> variables) =>
        SuiteConfiguration.From(name => variables.GetValueOrDefault(name), root.FullName);
}
