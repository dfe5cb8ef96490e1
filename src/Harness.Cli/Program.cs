using Llama2Validation.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("l2v");
    config.PropagateExceptions();
    config.AddCommand<InspectCommand>("inspect").WithDescription("Read and validate a GGUF file's header: facts, key metadata, tensor table, every problem; exit 1 when invalid.");
    config.AddCommand<FuzzGgufCommand>("fuzz-gguf").WithDescription("Fuzz the GGUF reader and validator with mutated files; report throughput, verdicts and findings.");
    config.AddCommand<VersionCommand>("version").WithDescription("Print the harness commit and library versions.");
});

return await app.RunAsync(args).ConfigureAwait(false);
