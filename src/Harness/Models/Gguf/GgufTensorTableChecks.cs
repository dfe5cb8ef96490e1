using System.Text;

namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>The tensor table against the file: names, types, shapes, offsets inside the file and aligned, no overlaps, packing.</summary>
internal static class GgufTensorTableChecks
{
    public static void Check(GgufFile file, GgufValidationProblems problems)
    {
        if (file.Tensors.Count > 0 && file.DataOffset > file.FileLength)
        {
            problems.Add(GgufValidationProblemKind.DataSectionPastEndOfFile, $"the data section would start at byte {file.DataOffset}, past the end of the file ({file.FileLength} bytes)");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var placed = new List<(long Start, long End, GgufTensorInfo Tensor)>(file.Tensors.Count);
        var layoutBroken = false;
        foreach (var tensor in file.Tensors)
        {
            if (!names.Add(tensor.Name))
            {
                problems.Add(GgufValidationProblemKind.DuplicateTensorName, $"tensor name '{tensor.Name}' appears more than once in the tensor table");
            }

            if (Encoding.UTF8.GetByteCount(tensor.Name) > GgufValidator.MaxTensorNameBytes)
            {
                problems.Add(GgufValidationProblemKind.TensorNameTooLong, $"tensor name '{tensor.Name}' is longer than the {GgufValidator.MaxTensorNameBytes} bytes ggml stores");
            }

            if (CheckTensor(file, tensor, problems) is { } range)
            {
                placed.Add((range.Start, range.End, tensor));
            }
            else
            {
                layoutBroken = true;
            }
        }

        var overlapsFound = CheckOverlaps(placed, problems);
        if (!layoutBroken && !overlapsFound)
        {
            CheckPacking(file, problems);
        }
    }

    /// <summary>Checks one tensor on its own; returns its absolute byte range when it is sound.</summary>
    private static (long Start, long End)? CheckTensor(GgufFile file, GgufTensorInfo tensor, GgufValidationProblems problems)
    {
        var sound = true;
        if (tensor.Shape.Count == 0)
        {
            problems.Add(GgufValidationProblemKind.NoDimensions, $"{Describe(tensor)} has no dimensions; llama.cpp tensors have 1 to 4");
            sound = false;
        }

        if (tensor.Shape.Contains(0UL))
        {
            // llama.cpp divides by the dimensions when checking the element count: a zero crashes it.
            problems.Add(GgufValidationProblemKind.ZeroDimension, $"{Describe(tensor)} has a zero dimension");
            sound = false;
        }

        if (!tensor.TryGetElementCount(out _))
        {
            problems.Add(GgufValidationProblemKind.ElementCountOverflow, $"{Describe(tensor)} has more than {long.MaxValue} elements (the dimensions' product overflows)");
            sound = false;
        }

        if (!GgmlTypeInfo.TryGet(tensor.Type, out var info))
        {
            problems.Add(GgufValidationProblemKind.UnknownTensorType, $"{Describe(tensor)} has type {tensor.RawType}, which is not a ggml type this harness knows");
            sound = false;
        }
        else if (tensor.Shape.Count > 0 && tensor.Shape[0] % (ulong)info.BlockSize != 0)
        {
            problems.Add(GgufValidationProblemKind.RowNotBlockMultiple, $"{Describe(tensor)} has rows of {tensor.Shape[0]} elements, not a multiple of {info.Type}'s block size {info.BlockSize}");
            sound = false;
        }

        if (tensor.Offset % file.Alignment != 0)
        {
            problems.Add(GgufValidationProblemKind.MisalignedTensorOffset, $"{Describe(tensor)} starts at data offset {tensor.Offset}, not a multiple of the alignment {file.Alignment}");
            sound = false;
        }

        if (!sound || !tensor.TryGetByteSize(out var size))
        {
            if (sound)
            {
                problems.Add(GgufValidationProblemKind.ElementCountOverflow, $"{Describe(tensor)} needs more than {long.MaxValue} bytes");
            }

            return null;
        }

        if (!tensor.TryGetAbsoluteOffset(out var start) || start > file.FileLength - size)
        {
            problems.Add(GgufValidationProblemKind.TensorPastEndOfFile, $"{Describe(tensor)} occupies {size} bytes from data offset {tensor.Offset}, so it would end at byte {(UInt128)tensor.Offset + (ulong)file.DataOffset + (ulong)size}, past the end of the file ({file.FileLength} bytes)");
            return null;
        }

        return (start, start + size);
    }

    private static bool CheckOverlaps(List<(long Start, long End, GgufTensorInfo Tensor)> placed, GgufValidationProblems problems)
    {
        if (placed.Count < 2)
        {
            return false;
        }

        var found = false;
        var ordered = placed.OrderBy(range => range.Start).ToList();

        // Compared with the furthest-reaching earlier tensor, so one long tensor that covers several is named each time.
        var widest = ordered[0];
        foreach (var range in ordered.Skip(1))
        {
            if (range.Start < widest.End)
            {
                problems.Add(GgufValidationProblemKind.OverlappingTensors, $"tensor '{range.Tensor.Name}' (bytes {range.Start}-{range.End}) overlaps tensor '{widest.Tensor.Name}' (bytes {widest.Start}-{widest.End})");
                found = true;
            }

            if (range.End > widest.End)
            {
                widest = range;
            }
        }

        return found;
    }

    /// <summary>
    /// llama.cpp expects the tensors packed in table order, each padded to the alignment, and refuses
    /// a file with any gap or reordering; the first tensor out of place is named, as llama.cpp does.
    /// </summary>
    private static void CheckPacking(GgufFile file, GgufValidationProblems problems)
    {
        ulong expected = 0;
        foreach (var tensor in file.Tensors)
        {
            if (tensor.Offset != expected)
            {
                problems.Add(GgufValidationProblemKind.UnexpectedTensorOffset, $"tensor '{tensor.Name}' is at data offset {tensor.Offset}, but llama.cpp requires tensors packed in table order, which puts it at {expected}");
                return;
            }

            var padded = ((ulong)tensor.ByteSize + file.Alignment - 1) / file.Alignment * file.Alignment;
            expected += padded;
        }
    }

    // Built only for a message: a sound table of hundreds of tensors should cost no formatting.
    private static string Describe(GgufTensorInfo tensor) =>
        $"tensor '{tensor.Name}' ({DescribeType(tensor.RawType)}, shape [{string.Join(", ", tensor.Shape)}])";

    private static string DescribeType(uint rawType) =>
        GgmlTypeInfo.TryGet((GgmlType)rawType, out var info) ? info.Type.ToString() : $"type {rawType}";
}
