using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// Writes a GGUF v3 file from a plan. Tensor bytes are produced in chunks by several threads while one
/// thread hashes and writes the previous chunks, so a 13.5 GB file never sits in memory and the disk
/// stays busy. The file appears under its final name only when complete (temporary file + rename).
/// </summary>
public static class GgufWriter
{
    /// <summary>Bytes handed from the producers to the writing thread at a time.</summary>
    private const int BatchBytes = 16 << 20;

    /// <summary>Bytes one thread fills in one go; small enough to spread a batch over every core.</summary>
    private const int SliceBytes = 1 << 20;

    public static GgufWriteResult Write(GgufWritePlan plan, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var stopwatch = Stopwatch.StartNew();
        var layout = GgufLayout.Compute(plan);
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{System.Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            string sha256;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.SequentialScan))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                stream.SetLength(layout.FileSize);
                WriteAndHash(stream, hash, layout.Header.Span);
                WriteZeros(stream, hash, layout.DataStart - layout.Header.Length);
                WriteData(plan, layout, stream, hash, cancellationToken);
                if (stream.Position != layout.FileSize)
                {
                    throw new InvalidOperationException($"Wrote {stream.Position} bytes, the layout promised {layout.FileSize}.");
                }

                stream.Flush(flushToDisk: true);
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            File.Move(temporary, full, overwrite: true);
            return new GgufWriteResult(full, layout.FileSize, sha256, stopwatch.Elapsed);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void WriteData(GgufWritePlan plan, GgufLayout layout, FileStream stream, IncrementalHash hash, CancellationToken cancellationToken)
    {
        // Two batches in flight: one being written while the next is generated.
        var batches = Channel.CreateBounded<Batch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => Produce(plan, layout, batches.Writer, cancel.Token), cancel.Token);
        try
        {
            while (batches.Reader.WaitToReadAsync(cancel.Token).AsTask().GetAwaiter().GetResult())
            {
                while (batches.Reader.TryRead(out var batch))
                {
                    try
                    {
                        WriteZeros(stream, hash, batch.LeadingZeros);
                        WriteAndHash(stream, hash, batch.Buffer.AsSpan(0, batch.Length));
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(batch.Buffer);
                    }
                }
            }
        }
        catch
        {
            cancel.Cancel();
            throw;
        }
        finally
        {
            // Surfaces a producer failure (a content that threw) rather than a short file.
            producer.GetAwaiter().GetResult();
        }

        WriteZeros(stream, hash, layout.FileSize - stream.Position);
    }

    private static async Task Produce(GgufWritePlan plan, GgufLayout layout, ChannelWriter<Batch> output, CancellationToken cancellationToken)
    {
        try
        {
            var written = 0L;
            for (var index = 0; index < plan.Tensors.Length; index++)
            {
                var tensor = plan.Tensors[index];
                var padding = layout.TensorOffsets[index] - written;
                var length = tensor.ByteCount;
                var granule = tensor.Content.Granule;
                var batchBytes = BatchBytes / granule * granule;
                for (var offset = 0L; offset < length; offset += batchBytes)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var count = (int)Math.Min(batchBytes, length - offset);
                    var buffer = ArrayPool<byte>.Shared.Rent(count);
                    Fill(tensor.Content, offset, buffer.AsMemory(0, count));
                    await output.WriteAsync(new Batch(offset == 0 ? padding : 0, buffer, count), cancellationToken).ConfigureAwait(false);
                }

                written = layout.TensorOffsets[index] + length;
            }

            output.Complete();
        }
        catch (Exception exception)
        {
            output.Complete(exception);
            throw;
        }
    }

    private static void Fill(TensorContent content, long offset, Memory<byte> destination)
    {
        var slice = Math.Max(content.Granule, SliceBytes / content.Granule * content.Granule);
        var slices = (destination.Length + slice - 1) / slice;
        Parallel.For(0, slices, index =>
        {
            var start = index * slice;
            var count = Math.Min(slice, destination.Length - start);
            content.Fill(offset + start, destination.Span.Slice(start, count));
        });
    }

    private static void WriteAndHash(FileStream stream, IncrementalHash hash, ReadOnlySpan<byte> bytes)
    {
        hash.AppendData(bytes);
        stream.Write(bytes);
    }

    private static void WriteZeros(FileStream stream, IncrementalHash hash, long count)
    {
        Span<byte> zeros = stackalloc byte[GgufWritePlan.Alignment];
        zeros.Clear();
        for (var remaining = count; remaining > 0; remaining -= zeros.Length)
        {
            WriteAndHash(stream, hash, zeros[..(int)Math.Min(zeros.Length, remaining)]);
        }
    }

    private readonly record struct Batch(long LeadingZeros, byte[] Buffer, int Length);
}
