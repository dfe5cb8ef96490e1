using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Security.Cryptography;
using Llama2Validation.Engine.Native;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Models;

public sealed class LlamaNativeTests
{
    [Fact]
    public void EnsureLoaded_IsIdempotent_AndDescribesTheMappedLibrary()
    {
        var first = LlamaNative.EnsureLoaded();
        var second = LlamaNative.EnsureLoaded();

        second.Should().BeSameAs(first);
        File.Exists(first.LibraryPath).Should().BeTrue();
        using var stream = File.OpenRead(first.LibraryPath);
        Convert.ToHexStringLower(SHA256.HashData(stream)).Should().Be(first.Sha256);
        first.GgmlLibraries.Should().NotBeEmpty().And.OnlyContain(file => File.Exists(file.Path) && file.Sha256.Length == 64);
    }

    [Fact]
    public void BundledLibrary_IsPinnedToAvx2()
    {
        if (System.Environment.GetEnvironmentVariable(LlamaNative.LibraryVariable) is { Length: > 0 })
        {
            Assert.Skip($"{LlamaNative.LibraryVariable} selects a custom library.");
        }

        if (RuntimeInformation.ProcessArchitecture != Architecture.X64 || !Avx2.IsSupported)
        {
            Assert.Skip("The AVX2 build applies to x86-64 CPUs with AVX2.");
        }

        var info = LlamaNative.EnsureLoaded();

        info.IsCustom.Should().BeFalse();
        info.LibraryPath.Split(Path.DirectorySeparatorChar).Should().Contain("avx2");
        info.CpuBackend.Should().NotBeNull();
        info.CpuBackend!.Path.Split(Path.DirectorySeparatorChar).Should().Contain("avx2");
    }

    [Fact]
    public void AnotherCustomLibrary_AfterLoading_IsRefused()
    {
        var loaded = LlamaNative.EnsureLoaded();
        using var folder = new TemporaryFolder();
        var other = Path.Combine(folder.Path, "libllama.so");
        File.WriteAllBytes(other, [1, 2, 3]);

        var switching = () => LlamaNative.EnsureLoaded(other);

        switching.Should().Throw<InvalidOperationException>().WithMessage($"*already loaded from '{loaded.LibraryPath}'*");
    }

    [Fact]
    public void MissingCustomLibrary_IsReportedByPath()
    {
        var missing = Path.Combine(Path.GetTempPath(), "l2v-no-such-dir", "libllama.so");

        var loading = () => LlamaNative.EnsureLoaded(missing);

        loading.Should().Throw<FileNotFoundException>().WithMessage($"*{missing}*");
    }
}
