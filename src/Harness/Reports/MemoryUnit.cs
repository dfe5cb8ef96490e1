using System.Globalization;

namespace Llama2Validation.Harness.Reports;

/// <summary>A unit for memory figures: its name, its size in bytes, and how many decimals it shows.</summary>
public sealed record MemoryUnit(string Name, double Bytes, string NumberFormat)
{
    public double Convert(long bytes) => bytes / Bytes;

    public string Number(long bytes) => Convert(bytes).ToString(NumberFormat, CultureInfo.InvariantCulture);

    public string Format(long bytes) => $"{Number(bytes)} {Name}";
}
