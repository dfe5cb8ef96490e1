using System.Diagnostics;
using Llama2Validation.Tests.Correctness.Fuzzing;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>
/// The real l2v fed generated command lines: real option names mixed with garbage values and stray
/// tokens. Each line ends with a guard that makes it bad input for certain (a missing model, say), so
/// nothing is ever run or served: the parser and validation are what is exercised. Bounded in count and
/// time; every answer must be bad input (or help), never a stack trace, a hang or a native abort.
/// </summary>
public sealed class OptionParserFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20;
    private const int MaxCases = 40;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(30);

    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "l2v-fuzz-missing", "model.gguf");

    private static readonly (string Command, string[] Options, string[] Guard)[] Commands =
    [
        ("run", ["--model", "--limit", "--threads", "--context", "--parallel", "--batch", "--ubatch", "--kv-type", "--weights", "--strategy", "--dataset", "--uniform", "--out", "--resume", "--force", "--repeat", "--endpoint", "--endpoint-model", "--endpoint-timeout", "--no-report", "--force-new-tokens"], ["--model", Missing]),
        ("serve", ["--model", "--port", "--host", "--parallel", "--context", "--gpu-layers", "--api-key-env", "--allow-remote", "--model-name"], ["--model", Missing]),
        ("dataset", ["--manifest", "--format", "--count", "--prompt-tokens", "--limit", "--strict"], ["--count", "0"]),
        ("make-model", ["--preset", "--type", "--seed", "--out", "--derive"], ["--preset", "no-such-preset"]),
        ("memory", ["--model", "--preset", "--context", "--parallel", "--kv-type", "--ubatch", "--batch", "--gpu", "--sweep", "--plan", "--workload"], ["--model", Missing]),
        ("score", ["--json", "--stem", "--seed"], [Missing]),
        ("report", ["--out", "--title"], [Missing]),
    ];

    [Fact]
    public async Task Generated_command_lines_get_a_clear_answer_never_a_crash()
    {
        var garbage = new Garbage(Seed);
        var clock = Stopwatch.StartNew();
        var cases = 0;
        while (cases < MaxCases && clock.Elapsed < Budget)
        {
            var (command, options, guard) = garbage.Pick(Commands);
            var line = Line(garbage, command, options, guard);
            var (exitCode, text) = await L2vProcess.RunAsync(line, timeout: PerCase);
            cases++;

            var replay = $"seed {Seed}, case {cases}: l2v {string.Join(' ', line.Select(a => a.Length > 40 ? a[..40] + "…" : a))}";
            exitCode.Should().NotBe(L2vProcess.TimedOut, $"it hung ({replay})");
            text.Should().NotContain("   at ", replay).And.NotContain("failed unexpectedly", replay).And.NotContain("GGML_ASSERT", replay);
            if (exitCode != 2)
            {
                (exitCode == 0 && text.Contains("USAGE:", StringComparison.Ordinal)).Should().BeTrue($"exit {exitCode} is neither bad input nor help ({replay}):\n{text}");
            }
        }

        output.WriteLine($"{cases} command lines in {clock.Elapsed.TotalSeconds:0.0} s");
        cases.Should().BeGreaterThan(5, "the budget must leave room for a meaningful sample");
    }

    private static List<string> Line(Garbage garbage, string command, string[] options, string[] guard)
    {
        var line = new List<string> { command };
        for (var i = garbage.Between(1, 8); i > 0; i--)
        {
            if (garbage.Chance(0.7))
            {
                line.Add(garbage.Pick(options));
            }

            if (garbage.Chance(0.8))
            {
                var value = garbage.Text();
                line.Add(garbage.Chance(0.2) && line[^1].StartsWith('-') ? $"{line[^1]}={value}" : value);
            }
        }

        line.AddRange(guard);
        return line;
    }
}
