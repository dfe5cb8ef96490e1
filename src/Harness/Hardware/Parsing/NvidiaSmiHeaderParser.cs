using System.Text.RegularExpressions;

namespace Llama2Validation.Harness.Hardware.Parsing;

/// <summary>
/// Reads the CUDA version from plain <c>nvidia-smi</c>'s banner
/// ("| NVIDIA-SMI 550.54.15   Driver Version: 550.54.15   CUDA Version: 12.4 |"); the query has no field for it.
/// </summary>
public static partial class NvidiaSmiHeaderParser
{
    public static string? ParseCudaVersion(string output)
    {
        var match = CudaVersion().Match(output);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"CUDA Version:\s*([0-9]+(?:\.[0-9]+)*)")]
    private static partial Regex CudaVersion();
}
