using LLama.Native;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness.Native;

namespace Llama2Validation.Tests.Correctness.Hardware;

public sealed class NativeBackendChoiceTests
{
    [Fact]
    public void ACuda12Build_AsksLLamaSharpForTheCudaLibrary() =>
        NativeBackendChoice.For("Cuda12").Should().Be(new NativeBackendChoice(UseCuda: true, AvxLevel.Avx2));

    [Theory]
    [InlineData("Cpu")]
    [InlineData("None")]
    public void OtherBuilds_StayOnTheCpuLibrary_PinnedToAvx2(string backend) =>
        NativeBackendChoice.For(backend).Should().Be(new NativeBackendChoice(UseCuda: false, AvxLevel.Avx2));

    [Theory]
    [InlineData("/x/runtimes/linux-x64/native/avx2/libggml-cpu.so", "cpu-avx2")]
    [InlineData("/x/runtimes/linux-x64/native/cuda12/libggml-cuda.so", "cuda")]
    [InlineData("/opt/llama/libggml-cpu.so", "cpu")]
    public void TheLoadedLibraries_NameTheBackend(string path, string expected) =>
        NativeLibraryInfo.BackendOf([path]).Should().Be(expected);
}
