using Llama2Validation.Harness.Running.Worker;

namespace Llama2Validation.Tests.Correctness.Running;

/// <summary>
/// Which worker deaths the memory model may explain as out-of-memory: a GGUF with 100,000 blocks made
/// llama.cpp abort, and the abort was labelled out-of-memory because the memory model said such a
/// model could not fit. An abort is llama.cpp refusing something; it is named by its signal.
/// </summary>
public sealed class NativeFailureClassifierTests
{
    [Theory]
    [InlineData(134, false)] // SIGABRT: GGML_ASSERT, LLAMA_MAX_LAYERS, a test's abort()
    [InlineData(136, false)] // SIGFPE
    [InlineData(1, false)]
    [InlineData(139, true)] // SIGSEGV inside an allocation the kernel refused
    [InlineData(137, true)] // SIGKILL: the OOM killer
    [InlineData(135, true)] // SIGBUS: a mapped page that could not be backed
    public void Only_deaths_that_memory_exhaustion_can_cause_may_be_explained_by_the_memory_model(int exitCode, bool canBeMemory)
    {
        NativeFailureClassifier.CanBeMemoryExhaustion(exitCode).Should().Be(canBeMemory);
    }
}
