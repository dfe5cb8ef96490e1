using Llama2Validation.Harness.Models.Gguf;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli;

/// <summary>
/// Bad input gets one clear message and exit code 2; only a bug (an exception nobody expected)
/// gets its stack trace, because that is what a bug report needs.
/// </summary>
internal static class CliErrors
{
    public const int BadInputExitCode = 2;

    /// <summary>Bad input found by a command itself: the same one line on stderr and exit code as a bad option.</summary>
    public static int BadInput(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return BadInputExitCode;
    }

    public static int Report(Exception exception, IReadOnlyList<string> arguments)
    {
        if (IsBadInput(exception))
        {
            // stderr for every command, so a script reading stdout never takes an error for output.
            return BadInput(ConversionFailure.Describe(exception, arguments) ?? exception.Message);
        }

        Console.Error.WriteLine("l2v failed unexpectedly:");
        Console.Error.WriteLine(exception.ToString());
        return 1;
    }

    private static bool IsBadInput(Exception exception) => exception is
        CommandAppException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException
        or GgufValidationException or ArgumentException or UnauthorizedAccessException or System.Text.Json.JsonException;
}
