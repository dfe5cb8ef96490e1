using Llama2Validation.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("l2v");
    config.PropagateExceptions();
    config.AddCommand<HwCommand>("hw").WithDescription("Detect the hardware class and show which strategies this machine runs.");
    config.AddCommand<VersionCommand>("version").WithDescription("Print the harness commit and library versions.");
});

return await app.RunAsync(args).ConfigureAwait(false);
