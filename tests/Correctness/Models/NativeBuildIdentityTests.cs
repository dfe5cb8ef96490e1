using Llama2Validation.Harness.Native;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>A build is every library it loads: libllama alone cannot tell a CUDA build without its flash-attention kernels from the clean one.</summary>
public sealed class NativeBuildIdentityTests
{
    private static readonly NativeLibraryFile Llama = new("/opt/a/libllama.so", new string('1', 64));

    [Fact]
    public void TheSameLibllama_OverAnotherGgmlCuda_IsAnotherBuild()
    {
        var clean = new NativeLibraryInfo(Llama.Path, Llama.Sha256, IsCustom: true, [new("/opt/a/libggml-cuda.so", new string('2', 64))]);
        var withoutFlashAttention = clean with { GgmlLibraries = [new("/opt/a/libggml-cuda.so", new string('3', 64))] };

        withoutFlashAttention.Sha256.Should().Be(clean.Sha256);
        withoutFlashAttention.BuildIdentity.Should().NotBe(clean.BuildIdentity);
        clean.AllLibraries.Select(l => l.Sha256).Should().Equal(new string('1', 64), new string('2', 64));
    }

    [Fact]
    public void TheFolderABuildIsLoadedFrom_DoesNotChangeItsIdentity()
    {
        var here = new NativeLibraryInfo(Llama.Path, Llama.Sha256, IsCustom: true, [new("/opt/a/libggml-cuda.so", new string('2', 64))]);
        var there = new NativeLibraryInfo("/tmp/b/libllama.so", Llama.Sha256, IsCustom: true, [new("/tmp/b/libggml-cuda.so", new string('2', 64))]);

        there.BuildIdentity.Should().Be(here.BuildIdentity);
    }
}
