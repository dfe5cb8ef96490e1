using Llama2Validation.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("l2v");
    config.PropagateExceptions();
    config.AddCommand<ReportCommand>("report").WithDescription("Merge results.json files into report.md, report.html and PNG charts.");
    config.AddCommand<VersionCommand>("version").WithDescription("Print the harness commit and library versions.");
});

return await app.RunAsync(args).ConfigureAwait(false);
