using System.ComponentModel;
using System.Runtime.InteropServices;
using Llama2Validation.Engine.Serving;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands;

/// <summary>Serves a GGUF model over an OpenAI-compatible API on loopback, through the in-process engine.</summary>
internal sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--model <PATH>")]
        [Description("The GGUF file to serve.")]
        public string Model { get; init; } = "";

        [CommandOption("--port <N>")]
        [Description("Port to listen on; 0 picks a free one (the URL is printed). Default 8000.")]
        [DefaultValue(8000)]
        public int Port { get; init; } = 8000;

        [CommandOption("--host <ADDRESS>")]
        [Description("Address to bind; loopback only unless --allow-remote. Default 127.0.0.1.")]
        [DefaultValue("127.0.0.1")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--parallel <N>")]
        [Description("Sequences decoded together; 1 (default) matches the default strategy's outputs exactly.")]
        [DefaultValue(1)]
        public int Parallel { get; init; } = 1;

        [CommandOption("--queue <N>")]
        [Description("Requests that may wait while every slot is busy; more are answered 503 with Retry-After. Default 64.")]
        [DefaultValue(64)]
        public int Queue { get; init; } = 64;

        [CommandOption("--allow-remote")]
        [Description("Allow a non-loopback --host (no TLS: use only on a trusted network).")]
        public bool AllowRemote { get; init; }

        [CommandOption("--model-name <NAME>")]
        [Description("The model id clients send; default: the file name without extension.")]
        public string? ModelName { get; init; }

        [CommandOption("--api-key-env <VAR>")]
        [Description("Require 'Authorization: Bearer' with this environment variable's value.")]
        public string? ApiKeyVariable { get; init; }

        [CommandOption("--context <CELLS>")]
        [Description("Context cells per sequence; default: the model's training context.")]
        public int? Context { get; init; }

        [CommandOption("--overflow <SLOTSxCELLS>")]
        [Description("A second context of SLOTS × CELLS for requests too long for --context, as `l2v run --overflow` makes (e.g. 5x4096).")]
        public string? Overflow { get; init; }

        [CommandOption("--native-library|--native-lib <FILE>")]
        [Description("A custom libllama.so (a CUDA build, say) instead of the packaged CPU backend.")]
        public string? NativeLibrary { get; init; }

        [CommandOption("--gpu-layers <N>")]
        [Description("Layers offloaded to the GPU. Default all.")]
        [DefaultValue(999)]
        public int GpuLayers { get; init; } = 999;

        public override Spectre.Console.ValidationResult Validate() =>
            Overflow is not null && CountByNumber.Parse(Overflow) is null
                ? Spectre.Console.ValidationResult.Error($"--overflow: '{Overflow}' is not SLOTSxCELLS, e.g. 5x4096")
                : Spectre.Console.ValidationResult.Success();

        public ServeOptions ToOptions() => new()
        {
            ModelPath = Model,
            Host = Host,
            Port = Port,
            Parallel = Parallel,
            QueueLimit = Queue,
            AllowRemote = AllowRemote,
            ModelName = ModelName,
            KeyVariable = ApiKeyVariable,
            ContextPerSequence = Context,
            Overflow = CountByNumber.Parse(Overflow),
            NativeLibraryPath = NativeLibrary,
            GpuLayers = GpuLayers,
        };
    }

    // ServeOptions validates itself inside CompletionServer.RunAsync, which prints every problem and
    // returns 2, the CLI's exit code for bad input; library callers get the same checks.
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // SIGINT and SIGTERM stop the server gracefully (the model is freed, connections closed).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return await CompletionServer.RunAsync(settings.ToOptions(), Console.Out, Console.Error, stop.Token).ConfigureAwait(false);

        // A second signal ends the process at once, for a shutdown that does not finish.
        void Stop(PosixSignalContext signal)
        {
            if (stop.IsCancellationRequested)
            {
                return;
            }

            signal.Cancel = true;
            stop.Cancel();
        }
    }
}
