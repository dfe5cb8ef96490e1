using System.Buffers.Binary;
using System.Text;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Tools.GgufFuzzing;

namespace Llama2Validation.Tests.Correctness.Models.Gguf;

/// <summary>Small GGUF byte streams for the reader's tests, and the patching that makes them hostile.</summary>
internal static class GgufTestFiles
{
    /// <summary>The name every in-memory file is read under, so each message can be checked for it.</summary>
    public const string Source = "under-test.gguf";

    public static byte[] ValidLlama() => GgufFuzzSeeds.Llama(new GgufSeedShape()).Build();

    public static GgufSeedBuilder LlamaBuilder() => GgufFuzzSeeds.Llama(new GgufSeedShape());

    /// <summary>A non-llama file with one F32 tensor per name, for tensor-table cases.</summary>
    public static GgufSeedBuilder Minimal(long? dataLength = null) =>
        new GgufSeedBuilder { DataLength = dataLength }.Add(GgufKeys.Architecture, GgufValue.FromString("test"));

    public static GgufValidationResult Inspect(byte[] bytes) => GgufReader.Inspect(new MemoryStream(bytes, writable: false), Source);

    /// <summary>Where each header field starts, in reading order, as the reader visits them.</summary>
    public static List<(GgufReaderField Field, long Offset)> Fields(byte[] bytes)
    {
        var fields = new List<(GgufReaderField, long)>();
        GgufReader.ReadStructure(new MemoryStream(bytes, writable: false), Source, (field, offset, _) => fields.Add((field, offset)));
        return fields;
    }

    public static long NthField(byte[] bytes, GgufReaderField field, int n) =>
        Fields(bytes).Where(f => f.Field == field).Select(f => f.Offset).ElementAt(n);

    /// <summary>Position of the value of <paramref name="key"/> (after its key and type).</summary>
    public static long ValueOffset(byte[] bytes, string key)
    {
        var entry = Inspect(bytes).File!.Metadata.Entries.First(e => e.Key == key);
        return entry.Offset + 8 + Encoding.UTF8.GetByteCount(key) + 4;
    }

    public static byte[] Patch(byte[] bytes, long offset, ulong value)
    {
        var copy = (byte[])bytes.Clone();
        BinaryPrimitives.WriteUInt64LittleEndian(copy.AsSpan((int)offset), value);
        return copy;
    }

    public static byte[] Patch32(byte[] bytes, long offset, uint value)
    {
        var copy = (byte[])bytes.Clone();
        BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan((int)offset), value);
        return copy;
    }

    /// <summary>
    /// The common assertion of every hostile case: refused, the expected kind among the problems, and
    /// each message (and the exception's) naming the file.
    /// </summary>
    public static GgufValidationProblem ShouldBeRefusedFor(this GgufValidationResult result, GgufValidationProblemKind kind)
    {
        result.IsValid.Should().BeFalse();
        result.Problems.Should().OnlyContain(problem => problem.ToString().StartsWith(Source + ": ", StringComparison.Ordinal));
        result.Problems.Should().Contain(p => p.Kind == kind, $"the problems were: {string.Join(" | ", result.Problems)}");
        var problem = result.Problems.First(p => p.Kind == kind);
        problem.Detail.Should().NotBeNullOrWhiteSpace();
        var refusal = result.Invoking(r => r.EnsureValid()).Should().Throw<GgufValidationException>().Which;
        refusal.Message.Should().Contain(Source).And.Contain(kind.ToString()).And.Contain(problem.Detail);
        refusal.FileName.Should().Be(Source);
        return problem;
    }
}
