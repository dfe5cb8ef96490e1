namespace Llama2Validation.Harness.Hardware.Parsing;

/// <summary>The GPUs a query listed, the driver version, and every line that could not be read.</summary>
public sealed record NvidiaSmiQueryResult(IReadOnlyList<GpuDevice> Devices, string? DriverVersion, IReadOnlyList<string> Problems);
