using System.Text.RegularExpressions;
using Llama2Validation.Harness;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Configuration;

/// <summary>
/// One list of the variables the harness reads: every one the product's code names is on it, `l2v hw`
/// prints all of it, and the README's table lists all of it (it once listed 7 of 9, and `hw` 7 of 13).
/// </summary>
public sealed partial class EnvironmentVariablesTests
{
    private static IEnumerable<string> Listed => EnvironmentVariables.All.Select(v => v.Name);

    [Fact]
    public void Every_variable_the_products_code_names_is_on_the_list()
    {
        var named = VariablesNamedIn(Path.Combine(RepositoryLayout.Current.Root, "src"));

        named.Should().NotBeEmpty("the product reads its configuration from LLAMA2VALIDATION_* variables");
        named.Should().BeSubsetOf(Listed, "a variable the code reads but hw and the README do not list is invisible to a user");
    }

    [Fact]
    public void The_scan_finds_a_variable_the_list_lacks()
    {
        var folder = Directory.CreateTempSubdirectory("l2v-variables-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Reader.cs"), "const string Name = \"LLAMA2VALIDATION_NEW_THING\";");

            VariablesNamedIn(folder).Should().Equal("LLAMA2VALIDATION_NEW_THING");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Hw_prints_every_listed_variable_and_its_value()
    {
        var (exitCode, output) = await L2vProcess.RunAsync(["hw"], new Dictionary<string, string?> { ["LLAMA2VALIDATION_SESSION"] = "session-value-42" });

        exitCode.Should().Be(0, output);
        output.Should().ContainAll(Listed).And.Contain("session-value-42");
    }

    [Fact]
    public void The_readme_lists_every_variable()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryLayout.Current.Root, "README.md"));

        Listed.Should().OnlyContain(name => readme.Contains($"| `{name}`", StringComparison.Ordinal) || readme.Contains($", `{name}` |", StringComparison.Ordinal));
    }

    private static List<string> VariablesNamedIn(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => VariableLiteral().Matches(File.ReadAllText(path)).Select(m => m.Groups["name"].Value))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    // A whole name in a string literal; "LLAMA2VALIDATION_MODEL_" alone (a prefix in prose or a test) is not one.
    [GeneratedRegex("\"(?<name>LLAMA2VALIDATION_[A-Z0-9_]*[A-Z0-9])\"")]
    private static partial Regex VariableLiteral();
}
