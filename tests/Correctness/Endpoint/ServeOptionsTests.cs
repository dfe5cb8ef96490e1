using System.Diagnostics;
using Llama2Validation.Engine.Serving;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Endpoint;

public sealed class ServeOptionsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("l2v-serve-options-");

    [Fact]
    public void A_valid_gguf_file_on_loopback_is_accepted()
    {
        var model = TinyModelForEndpoint.Path();
        var options = new ServeOptions { ModelPath = model };

        options.Validate().Should().BeEmpty();
        options.ServedModelName.Should().Be(Path.GetFileNameWithoutExtension(model));
    }

    [Theory]
    [InlineData("127.0.0.1", false, true)]
    [InlineData("localhost", false, true)]
    [InlineData("::1", false, true)]
    [InlineData("0.0.0.0", false, false)]
    [InlineData("10.1.2.3", false, false)]
    [InlineData("10.1.2.3", true, true)]
    public void Only_loopback_is_bound_unless_remote_is_allowed(string host, bool allowRemote, bool accepted)
    {
        var options = new ServeOptions { ModelPath = TinyModelForEndpoint.Path(), Host = host, AllowRemote = allowRemote, Port = 0 };

        options.Validate().Should().HaveCount(accepted ? 0 : 1);
    }

    [Fact]
    public void Every_problem_is_reported_before_any_native_load()
    {
        var options = new ServeOptions
        {
            ModelPath = File("notes.txt", "not a model"u8.ToArray()),
            Host = "gpu-box.example",
            Port = 70000,
            Parallel = 0,
            KeyVariable = TestApiKey.Unset,
        };

        var problems = options.Validate();

        problems[0].Should().StartWith($"--model '{options.ModelPath}' is an invalid GGUF file (1 problem(s)):");
        problems.Skip(1).Should().BeEquivalentTo(
        [
            "--host 'gpu-box.example' is not an IP address or localhost",
            "--port 70000 is outside 0-65535",
            "--parallel 0 must be at least 1",
            $"--api-key-env {TestApiKey.Unset}: the variable is not set",
        ]);
    }

    [Fact]
    public async Task The_cli_refuses_a_remote_address_and_a_missing_model_with_exit_code_2()
    {
        var info = L2vProcess.StartInfo(["serve", "--model", Path.Combine(folder.FullName, "missing.gguf"), "--host", "10.1.2.3"]);
        info.RedirectStandardError = true;
        info.RedirectStandardOutput = true;
        using var process = Process.Start(info)!;
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.Should().Be(2);
        errors.Should().Contain("missing.gguf' does not exist").And.Contain("--host 10.1.2.3 is not a loopback address");
    }

    public void Dispose() => folder.Delete(recursive: true);

    private string File(string name, byte[] content)
    {
        var path = Path.Combine(folder.FullName, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }
}
