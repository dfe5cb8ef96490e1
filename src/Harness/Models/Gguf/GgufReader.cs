namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// Reads and validates GGUF headers (versions 2 and 3, little-endian) in managed code, so that a malformed
/// file is refused with reasons instead of aborting the process inside llama.cpp. Only the header is read;
/// tensor data is never touched, and no count or length is allocated for before it is checked against
/// the bytes the file still has.
/// </summary>
public static class GgufReader
{
    /// <summary>Reads and validates <paramref name="path"/>; throws <see cref="GgufValidationException"/> listing every problem.</summary>
    public static GgufFile ReadAndValidate(string path) => Inspect(path).EnsureValid();

    /// <inheritdoc cref="ReadAndValidate(string)"/>
    public static GgufFile ReadAndValidate(Stream stream, string source) => Inspect(stream, source).EnsureValid();

    /// <summary>Reads and validates <paramref name="path"/>, returning the verdict as data (never throws for a bad file).</summary>
    public static GgufValidationResult Inspect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        return Inspect(stream, path);
    }

    /// <summary>Reads and validates a seekable stream positioned at the start of a GGUF file.</summary>
    /// <param name="stream">The file's bytes; its length bounds every count in the header.</param>
    /// <param name="source">How messages name the file (its path, or a label for in-memory data).</param>
    public static GgufValidationResult Inspect(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (file, problems) = ReadStructure(stream, source, visitor: null);
        if (file is not null)
        {
            problems.AddRange(GgufValidator.Validate(file));
        }

        return new GgufValidationResult(source, file, problems);
    }

    internal static (GgufFile? File, List<GgufValidationProblem> Problems) ReadStructure(Stream stream, string source, GgufFieldVisitor? visitor) =>
        new GgufReaderSession(stream, source, visitor).Read();
}
