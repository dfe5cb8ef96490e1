using System.Globalization;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// Prompt-length-only workloads for speed runs on random weights, where text would mean nothing:
/// each example carries <see cref="Example.SyntheticPromptTokens"/> (BOS included) and no text.
/// </summary>
/// <remarks>
/// Counting, checked against the seed's script (<c>scripts/run_llama2_7b.py</c> in the seed repository):
/// it encoded the document with <c>add_special_tokens=True</c>, so <c>doc_tokens.tsv</c>'s counts already
/// include BOS, and appended the suffix's ids without their BOS. Its prompt was therefore
/// doc tokens + <see cref="PromptSuffixTokens"/>, BOS included, with no further +1. The GPU lab's
/// anchors count the same way ("uniform" = 515 + 14 = 529 prompt tokens).
/// </remarks>
public static class SyntheticWorkloads
{
    /// <summary>Llama-2 tokens of <see cref="Example.PromptSuffix"/> after a document (seed reference README).</summary>
    public const int PromptSuffixTokens = 14;

    /// <summary>The seed's sample size, used by the GPU lab's "uniform" anchor.</summary>
    public const int UniformDefaultCount = 100;

    /// <summary>The seed's mean document (515 tokens, BOS included) plus the suffix.</summary>
    public const int UniformDefaultPromptTokens = 515 + PromptSuffixTokens;

    private const string UrlColumn = "url";
    private const string TokensColumnSuffix = "tokens";

    /// <summary><paramref name="count"/> prompts of <paramref name="promptTokens"/> tokens each, ids <c>uniform-001</c>...</summary>
    public static IReadOnlyList<Example> Uniform(int count, int promptTokens)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(promptTokens);
        var width = count.ToString(CultureInfo.InvariantCulture).Length;
        return Enumerable.Range(1, count)
            .Select(index => Synthetic("uniform-" + index.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), promptTokens))
            .ToList();
    }

    /// <summary>
    /// One example per row of a <c>url</c> / <c>*tokens</c> TSV such as the seed's <c>doc_tokens.tsv</c>, in file
    /// order; the id is the URL, so per-document results line up with the seed's per-document data.
    /// </summary>
    public static ExampleBuildResult FromDocumentTokens(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"Document token counts not found: {full}", full);
        }

        var examples = new List<Example>();
        var problems = new List<DatasetProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        (int Url, int Tokens)? columns = null;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(full))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (columns is null)
            {
                columns = FindColumns(fields);
                if (columns is null)
                {
                    problems.Add(new DatasetProblem(full, lineNumber, $"header must name a \"{UrlColumn}\" column and a \"*{TokensColumnSuffix}\" column"));
                    break;
                }

                continue;
            }

            var (urlIndex, tokensIndex) = columns.Value;
            if (fields.Length <= Math.Max(urlIndex, tokensIndex))
            {
                problems.Add(new DatasetProblem(full, lineNumber, string.Create(CultureInfo.InvariantCulture, $"expected at least {Math.Max(urlIndex, tokensIndex) + 1} tab-separated fields, found {fields.Length}")));
                continue;
            }

            var url = fields[urlIndex].Trim();
            var text = fields[tokensIndex].Trim();
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var documentTokens) || documentTokens <= 0)
            {
                problems.Add(new DatasetProblem(full, lineNumber, $"token count \"{text}\" is not a positive whole number"));
            }
            else if (url.Length == 0 || !seen.Add(url))
            {
                problems.Add(new DatasetProblem(full, lineNumber, url.Length == 0 ? "empty url" : $"duplicate url {url}; kept the first"));
            }
            else
            {
                examples.Add(Synthetic(url, documentTokens + PromptSuffixTokens));
            }
        }

        return new ExampleBuildResult(examples, problems);
    }

    private static (int Url, int Tokens)? FindColumns(string[] header)
    {
        var names = header.Select(name => name.Trim()).ToList();
        var url = names.FindIndex(name => string.Equals(name, UrlColumn, StringComparison.OrdinalIgnoreCase));
        var tokens = names.FindIndex(name => name.EndsWith(TokensColumnSuffix, StringComparison.OrdinalIgnoreCase));
        return url >= 0 && tokens >= 0 ? (url, tokens) : null;
    }

    private static Example Synthetic(string id, int promptTokens) =>
        new() { Id = id, Document = "", SyntheticPromptTokens = promptTokens };
}
