using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running;

/// <summary>
/// What makes two runs the same run: the spec, the model's bytes, the dataset's content, the hardware, and
/// the harness and LLamaSharp builds. A cache may add more (the test session that asked).
/// </summary>
public sealed record RunIdentity(StrategySpec Spec, string ModelSha256, string DatasetHash, string HardwareFingerprint, string HarnessVersion);
