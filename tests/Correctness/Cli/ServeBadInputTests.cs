using System.Net;
using System.Net.Sockets;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>`l2v serve` refuses what it cannot serve before loading anything: one line, exit code 2.</summary>
public sealed class ServeBadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-serve-bad-").FullName;

    [Fact]
    public async Task A_port_in_use_is_named()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = await L2vProcess.RunAsync("serve", "--model", TinyModel(), "--port", port);

        result.ShouldBeOneClearLine($"--port {port} is already in use");
    }

    [Fact]
    public async Task A_truncated_model_is_refused_as_run_refuses_it()
    {
        var truncated = Path.Combine(folder, "truncated.gguf");
        var whole = await File.ReadAllBytesAsync(TinyModel(), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(truncated, whole.AsSpan(0, whole.Length / 2).ToArray(), TestContext.Current.CancellationToken);

        var result = await L2vProcess.RunAsync("serve", "--model", truncated, "--port", "0");

        result.ShouldBeOneClearLine(truncated, "is an invalid GGUF file", "past the end of the file");
    }

    private static string TinyModel() => new ModelSources().Resolver()(WeightType.F16).Path;

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
