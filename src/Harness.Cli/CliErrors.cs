using Llama2Validation.Harness.Models.Gguf;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli;

/// <summary>
/// Bad input gets one clear message and exit code 2; only a bug (an exception nobody expected)
/// gets its stack trace, because that is what a bug report needs.
/// </summary>
internal static class CliErrors
{
    public const int BadInputExitCode = 2;

    public static int Report(Exception exception, IReadOnlyList<string> arguments)
    {
        if (IsBadInput(exception))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {ConversionFailure.Describe(exception, arguments) ?? exception.Message}");
            return BadInputExitCode;
        }

        AnsiConsole.MarkupLine("[red]l2v failed unexpectedly:[/]");
        AnsiConsole.WriteLine(exception.ToString());
        return 1;
    }

    private static bool IsBadInput(Exception exception) => exception is
        CommandAppException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException
        or GgufValidationException or ArgumentException or UnauthorizedAccessException or System.Text.Json.JsonException;
}
