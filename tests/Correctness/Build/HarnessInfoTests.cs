using Llama2Validation.Harness;

namespace Llama2Validation.Tests.Correctness.Build;

/// <summary>Results and bundles say which packages ran: the build must embed them (a GPU bundle once recorded "unknown").</summary>
public sealed class HarnessInfoTests
{
    [Fact]
    public void TheBuild_EmbedsTheLLamaSharpVersion_AndItsNativeBackend()
    {
        HarnessInfo.LlamaSharpVersion.Should().MatchRegex(@"^\d+\.\d+\.\d+");
        HarnessInfo.LlamaBackend.Should().BeOneOf("Cpu", "Cuda12", "None");
    }
}
