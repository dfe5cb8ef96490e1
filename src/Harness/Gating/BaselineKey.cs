
namespace Llama2Validation.Harness.Gating;

/// <summary>What an approved baseline is keyed by: hardware, strategy name and model identity.</summary>
public sealed record BaselineKey(HardwareTarget Target, string Strategy, string ModelIdentity);
