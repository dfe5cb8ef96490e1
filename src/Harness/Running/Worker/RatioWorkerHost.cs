using System.Diagnostics;
using System.Text.Json;
using Llama2Validation.Harness.Processes;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Running.Worker;

/// <summary>The parent side of a <see cref="RatioRequest"/>: one worker, holding the machine lock, whose timings it collects.</summary>
public static class RatioWorkerHost
{
    public static async Task<IReadOnlyList<GroupTiming>> RunAsync(RatioRequest request, Action<GroupTiming>? onTiming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var machine = await MachineLock.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("l2v-ratios-");
        try
        {
            var requestPath = Path.Combine(folder.FullName, "ratios.json");
            AtomicFile.WriteAllText(requestPath, JsonSerializer.Serialize(request, HarnessJson.Options));
            var info = WorkerLauncher.StartInfo([WorkerLauncher.RatiosVerb, requestPath]);
            info.RedirectStandardOutput = true;
            info.RedirectStandardError = true;
            info.UseShellExecute = false;
            using var process = Process.Start(info) ?? throw new InvalidOperationException("the ratio worker did not start");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            var timings = new List<GroupTiming>();
            string? failure = null;
            while (await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (!WorkerProtocol.TryParse(line, out var message) || message is null)
                {
                    continue;
                }

                if (message is { Kind: WorkerMessageKind.Measured, Timing: { } timing })
                {
                    timings.Add(timing);
                    onTiming?.Invoke(timing);
                }
                else if (message.Kind == WorkerMessageKind.Error)
                {
                    failure = message.Error;
                }
            }

            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var log = await errors.ConfigureAwait(false);
            return process.ExitCode == 0 && failure is null
                ? timings
                : throw new InvalidOperationException(
                    $"the speed-ratio worker failed (exit {process.ExitCode}): {failure ?? "no message"}{System.Environment.NewLine}{string.Join(System.Environment.NewLine, log.Split('\n').TakeLast(10))}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
