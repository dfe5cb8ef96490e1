using Llama2Validation.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("l2v");
    config.PropagateExceptions();
    config.AddCommand<WorkerCommand>("worker").IsHidden();
    config.AddCommand<ServeCommand>("serve").WithDescription("Serve a GGUF model over an OpenAI-compatible API on loopback (the endpoint strategy's own server).");
    config.AddCommand<MakeModelCommand>("make-model").WithDescription("Write a synthetic Llama-architecture GGUF model (tiny or llama2-7b shape).");
    config.AddCommand<VersionCommand>("version").WithDescription("Print the harness commit and library versions.");
});

return await app.RunAsync(args).ConfigureAwait(false);
