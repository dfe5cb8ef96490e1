using Llama2Validation.Harness.Configuration;

namespace Llama2Validation.Tests.Correctness.Gating;

/// <summary>Empty stand-ins for the three GGUF files in a temporary folder (the gate checks only that they exist).</summary>
internal sealed class GateModels : IDisposable
{
    public const string F16 = "llama-2-7b-chat.F16.gguf";
    public const string Q8 = "llama-2-7b-chat.Q8_0.gguf";
    public const string Q4 = "llama-2-7b-chat.Q4_0.gguf";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("l2v-gate-");

    public GateModels()
    {
        foreach (var name in new[] { F16, Q8, Q4 })
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, name), []);
        }
    }

    public string PathOf(string name) => Path.Combine(folder.FullName, name);

    /// <summary>All three models configured, as gpu.runsettings would set them.</summary>
    public SuiteConfiguration AllConfigured() => new() { ModelF16 = PathOf(F16), ModelQ8 = PathOf(Q8), ModelQ4 = PathOf(Q4) };

    public void Dispose() => folder.Delete(recursive: true);
}
