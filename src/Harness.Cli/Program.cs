using Llama2Validation.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("l2v");
    config.PropagateExceptions();
    config.AddCommand<VersionCommand>("version").WithDescription("Print the harness commit and library versions.");
    config.AddCommand<DatasetCommand>("dataset").WithDescription("Load a dataset and manifest as a run would; show examples, problems and the dataset hash.");
});

return await app.RunAsync(args).ConfigureAwait(false);
