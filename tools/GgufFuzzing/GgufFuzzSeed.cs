namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>A file to mutate, with its header fields located by the reader itself (grouped once, used a million times).</summary>
internal sealed class GgufFuzzSeed
{
    private GgufFuzzSeed(string name, byte[] bytes, GgufLandmark[] landmarks, int headerEnd)
    {
        Name = name;
        Bytes = bytes;
        Landmarks = landmarks;
        HeaderEnd = headerEnd;
        Strings = [.. landmarks.Where(landmark => landmark.Field == GgufReaderField.StringLength)];
        Words = [.. landmarks.Where(landmark => landmark.Width == 4)];
        Quads = [.. landmarks.Where(landmark => landmark.Width == 8)];
    }

    public string Name { get; }

    public byte[] Bytes { get; }

    public GgufLandmark[] Landmarks { get; }

    /// <summary>Where the data section starts: mutations mostly land before it, where the reader looks.</summary>
    public int HeaderEnd { get; }

    public GgufLandmark[] Strings { get; }

    public GgufLandmark[] Words { get; }

    public GgufLandmark[] Quads { get; }

    public static GgufFuzzSeed Locate(string name, byte[] bytes)
    {
        var landmarks = new List<GgufLandmark>();
        var (file, _) = GgufReader.ReadStructure(
            new MemoryStream(bytes, writable: false),
            name,
            (field, offset, width) => landmarks.Add(new GgufLandmark(field, (int)offset, width)));

        // The visitor reports a field before reading it, so a broken seed can name one past its end.
        landmarks.RemoveAll(landmark => landmark.Offset + landmark.Width > bytes.Length);
        var headerEnd = (int)Math.Min(file?.DataOffset ?? bytes.Length, bytes.Length);
        return new GgufFuzzSeed(name, bytes, [.. landmarks], Math.Max(headerEnd, 1));
    }
}
