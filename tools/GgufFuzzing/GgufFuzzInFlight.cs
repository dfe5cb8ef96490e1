using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;

namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>
/// A worker's current input, kept in a memory-mapped file. Some failures end the process at once (a stack
/// overflow cannot be caught in .NET); the operating system still writes the mapped pages out, so the next
/// run finds the input that killed the last one and saves it. Layout: input number (8), run seed (4),
/// length (4), bytes.
/// A normal end of the run deletes the file.
/// </summary>
internal sealed unsafe class GgufFuzzInFlight : IDisposable
{
    public const string Prefix = "in-flight-";

    private const int HeaderBytes = 16;
    private const int Capacity = 8 << 20;

    private readonly string path;
    private readonly MemoryMappedFile mapping;
    private readonly MemoryMappedViewAccessor view;
    private readonly byte* start;

    public GgufFuzzInFlight(string folder, int worker)
    {
        Directory.CreateDirectory(folder);
        path = Path.Combine(folder, $"{Prefix}{worker}.bin");
        mapping = MemoryMappedFile.CreateFromFile(path, FileMode.Create, mapName: null, HeaderBytes + Capacity, MemoryMappedFileAccess.ReadWrite);
        view = mapping.CreateViewAccessor();
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        start = pointer;
    }

    /// <summary>Records the input about to run (inputs beyond the capacity are kept cut short).</summary>
    public void Store(long input, int seed, byte[] bytes)
    {
        var span = new Span<byte>(start, HeaderBytes + Capacity);
        var length = Math.Min(bytes.Length, Capacity);
        BinaryPrimitives.WriteInt64LittleEndian(span, input);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], seed);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], length);
        bytes.AsSpan(0, length).CopyTo(span[HeaderBytes..]);
    }

    /// <summary>
    /// Inputs left behind by runs that died: each is moved to a <c>died-inputN.gguf</c> file beside it.
    /// Returns (input number, run seed, saved path) for each.
    /// </summary>
    public static IReadOnlyList<(long Input, int Seed, string SavedPath)> Recover(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var recovered = new List<(long, int, string)>();
        foreach (var leftover in Directory.EnumerateFiles(folder, Prefix + "*.bin"))
        {
            var bytes = File.ReadAllBytes(leftover);
            if (bytes.Length >= HeaderBytes)
            {
                var input = BinaryPrimitives.ReadInt64LittleEndian(bytes);
                var seed = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
                var length = Math.Clamp(BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12)), 0, bytes.Length - HeaderBytes);
                var saved = Path.Combine(folder, FormattableString.Invariant($"died-seed{seed}-input{input}.gguf"));
                Harness.Serialization.AtomicFile.WriteAllBytes(saved, bytes.AsSpan(HeaderBytes, length));
                recovered.Add((input, seed, saved));
            }

            File.Delete(leftover);
        }

        return recovered;
    }

    public void Dispose()
    {
        view.SafeMemoryMappedViewHandle.ReleasePointer();
        view.Dispose();
        mapping.Dispose();
        File.Delete(path);
    }
}
