using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>Input files that are not what they claim to be: one line naming the file, exit code 2, as `l2v check` does.</summary>
public sealed class FileInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-file-input-").FullName;

    [Fact]
    public async Task Dataset_refuses_a_file_that_is_not_parquet()
    {
        var file = Write("articles.parquet", "url,article\nnot,parquet\n");

        var result = await L2vProcess.RunAsync("dataset", file, "--format", "wikilingua-parquet");

        result.ShouldBeOneClearLine(file, "is not a readable Parquet file");
    }

    [Theory]
    [InlineData("report")]
    [InlineData("score")]
    public async Task Report_and_score_refuse_bad_json_with_exit_code_two(string command)
    {
        var file = Write("results.json", "{ this is not json");

        var result = await L2vProcess.RunAsync(command, file);

        result.ShouldBeOneClearLine("results");
    }

    private string Write(string name, string contents)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
