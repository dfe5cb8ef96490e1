using System.Text;
using System.Text.Json;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Baselines.Store;

/// <summary>Reads and formats baseline JSON; a file that cannot be parsed becomes one problem, not an exception.</summary>
public static class BaselineFile
{
    public static (BaselineDocument? Document, IReadOnlyList<BaselineProblem> Problems) Read(string path, string source)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return Parse(File.ReadAllText(path, Encoding.UTF8), source);
        }
        catch (IOException e)
        {
            return (null, [new BaselineProblem(source, "", $"cannot be read: {e.Message}")]);
        }
    }

    public static (BaselineDocument? Document, IReadOnlyList<BaselineProblem> Problems) Parse(string json, string source)
    {
        try
        {
            var document = JsonSerializer.Deserialize<BaselineDocument>(json, HarnessJson.Options);
            return document is null
                ? (null, [new BaselineProblem(source, "", "empty document (null)")])
                : (document, BaselineValidator.Validate(document, source));
        }
        catch (JsonException e)
        {
            return (null, [new BaselineProblem(source, e.Path ?? "", $"not valid baseline JSON (line {e.LineNumber + 1}): {e.Message}")]);
        }
    }

    public static string Format(BaselineDocument document) => JsonSerializer.Serialize(document, HarnessJson.Options) + "\n";
}
