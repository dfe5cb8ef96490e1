using System.Security.Cryptography;
using SkiaSharp;

namespace Llama2Validation.Tests.Correctness.Reports;

/// <summary>A decoded chart: proves the bytes are a real PNG and lets tests compare pictures, not just files.</summary>
internal sealed record PngImage(int Width, int Height, int DistinctColours, string PixelHash)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PngImage Decode(ReadOnlySpan<byte> bytes)
    {
        bytes[..Signature.Length].ToArray().Should().Equal(Signature, "a PNG starts with its signature");
        using var bitmap = SKBitmap.Decode(bytes.ToArray());
        bitmap.Should().NotBeNull("the PNG must decode");
        var pixels = bitmap.Pixels;
        return new PngImage(
            bitmap.Width,
            bitmap.Height,
            pixels.Distinct().Count(),
            Convert.ToHexString(SHA256.HashData(pixels.SelectMany(p => BitConverter.GetBytes((uint)p)).ToArray())));
    }
}
