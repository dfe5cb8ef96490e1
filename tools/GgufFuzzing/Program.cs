using Llama2Validation.Tools.GgufFuzzing;
using Spectre.Console.Cli;

var app = new CommandApp<FuzzGgufCommand>();
app.Configure(config =>
{
    config.SetApplicationName("l2v-fuzz-gguf");
    // A misspelt option must be an error, not silently ignored while a million inputs run.
    config.UseStrictParsing();
    config.SetExceptionHandler((exception, _) =>
    {
        Console.Error.WriteLine($"l2v-fuzz-gguf: {exception.Message}");
        return 2;
    });
});

return await app.RunAsync(args).ConfigureAwait(false);
