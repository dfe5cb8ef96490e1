using System.Diagnostics;
using System.Text;
using Llama2Validation.Engine.Serving;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>`l2v serve` as a real child process on a port the system picks, ready once it prints its URL.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly Process process;
    private readonly StringBuilder errors;

    private ServeProcess(Process process, StringBuilder errors, Uri baseUrl, string modelName)
    {
        this.process = process;
        this.errors = errors;
        BaseUrl = baseUrl;
        ModelName = modelName;
    }

    public Uri BaseUrl { get; }

    public string ModelName { get; }

    /// <summary>The server's resident memory now (bytes).</summary>
    public long ResidentBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    /// <summary>What the server wrote on stderr so far (request log, native warnings).</summary>
    public string Log
    {
        get
        {
            lock (errors)
            {
                return errors.ToString();
            }
        }
    }

    public static async Task<ServeProcess> StartAsync(string modelPath, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var info = L2vProcess.StartInfo(["serve", "--model", modelPath, "--port", "0", .. arguments]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = new Process { StartInfo = info };
        var errors = new StringBuilder();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith(CompletionServer.ListeningPrefix, StringComparison.Ordinal) == true)
            {
                listening.TrySetResult(e.Data[CompletionServer.ListeningPrefix.Length..].Split(' ')[0]);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"l2v serve exited with {process.ExitCode} before listening"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var url = await listening.Task.WaitAsync(StartTimeout, cancellationToken);
            return new ServeProcess(process, errors, new Uri(url), Path.GetFileNameWithoutExtension(modelPath));
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            Stop(process);
            process.Dispose();
            lock (errors)
            {
                throw new InvalidOperationException($"{e.Message}; its stderr:{System.Environment.NewLine}{errors}", e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Stop(process);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
