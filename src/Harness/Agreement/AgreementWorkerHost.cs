using System.Diagnostics;
using System.Text.Json;
using Llama2Validation.Harness.Processes;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Agreement;

/// <summary>The parent side of an <see cref="AgreementRequest"/>: one worker, holding the machine lock, whose result file it reads.</summary>
public static class AgreementWorkerHost
{
    public static async Task<AgreementResult> RunAsync(AgreementRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var machine = await MachineLock.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("l2v-agreement-");
        try
        {
            var requestPath = Path.Combine(folder.FullName, "agreement.json");
            var outputPath = Path.Combine(folder.FullName, "result.json");
            AtomicFile.WriteAllText(requestPath, JsonSerializer.Serialize(request with { OutputPath = outputPath }, HarnessJson.Compact));
            var info = WorkerLauncher.StartInfo([WorkerLauncher.AgreementVerb, requestPath]);
            info.RedirectStandardOutput = true;
            info.RedirectStandardError = true;
            info.UseShellExecute = false;
            using var process = Process.Start(info) ?? throw new InvalidOperationException("the agreement worker did not start");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            await output.ConfigureAwait(false);
            var log = await errors.ConfigureAwait(false);
            if (process.ExitCode != 0 || !File.Exists(outputPath))
            {
                throw new InvalidOperationException(
                    $"the agreement worker failed (exit {process.ExitCode}):{System.Environment.NewLine}{string.Join(System.Environment.NewLine, log.Split('\n').TakeLast(10))}");
            }

            return JsonSerializer.Deserialize<AgreementResult>(await File.ReadAllTextAsync(outputPath, cancellationToken).ConfigureAwait(false), HarnessJson.Options)
                ?? throw new InvalidDataException("the agreement worker wrote an empty result");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
