using System.Text.RegularExpressions;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli;

/// <summary>
/// Spectre reports a value it cannot convert as "Failed to convert 'abc' to Nullable`1", naming neither
/// the option nor what was expected. The value is in the message and the option precedes it on the
/// command line, so the line a person sees can name both.
/// </summary>
internal static partial class ConversionFailure
{
    public static string? Describe(Exception exception, IReadOnlyList<string> arguments)
    {
        if (exception is not CommandRuntimeException || FailedValue().Match(exception.Message) is not { Success: true } match)
        {
            return null;
        }

        var value = match.Groups["value"].Value;
        var option = OptionOf(value, arguments);
        var expected = Expected(exception.InnerException?.Message ?? "");
        return option is null ? $"'{value}' is not {expected}" : $"{option}: '{value}' is not {expected}";
    }

    private static string? OptionOf(string value, IReadOnlyList<string> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument == value && i > 0 && arguments[i - 1].StartsWith('-'))
            {
                return arguments[i - 1];
            }

            // --limit=abc and --limit:abc, both accepted by Spectre.
            var separator = argument.IndexOfAny(['=', ':']);
            if (argument.StartsWith('-') && separator > 0 && argument[(separator + 1)..] == value)
            {
                return argument[..separator];
            }
        }

        return null;
    }

    private static string Expected(string converterMessage) => TargetType().Match(converterMessage).Groups["type"].Value switch
    {
        "Int32" or "Int64" or "UInt32" or "UInt64" or "Int16" or "Byte" => "a whole number",
        "Double" or "Single" or "Decimal" => "a number",
        "Boolean" => "true or false",
        "" => "a valid value",
        var type => $"a valid {type}",
    };

    [GeneratedRegex("^Failed to convert '(?<value>.*)' to ", RegexOptions.Singleline)]
    private static partial Regex FailedValue();

    [GeneratedRegex(@"is not a valid value for (?<type>\w+)")]
    private static partial Regex TargetType();
}
