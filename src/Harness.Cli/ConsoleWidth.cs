using Spectre.Console;

namespace Llama2Validation.Cli;

/// <summary>
/// Output sent to a file or a CI log has no terminal width, and Spectre then assumes 80 columns and
/// wraps every longer line, breaking paths and URLs in the middle. Logs are read by people and
/// grep alike, so redirected output is given room instead.
/// </summary>
internal static class ConsoleWidth
{
    public const int Redirected = 512;

    public static void WidenWhenRedirected()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = Redirected;
        }
    }
}
