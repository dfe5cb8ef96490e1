using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// What makes two runs the same run: the spec, the model's bytes, the dataset's content, the
/// hardware, the harness and LLamaSharp builds, and the test session that asked.
/// </summary>
public sealed record RunCacheKey(
    StrategySpec Spec,
    string ModelSha256,
    string DatasetHash,
    string HardwareFingerprint,
    string HarnessVersion,
    string Session)
{
    public static RunCacheKey Of(RunIdentity identity, string session)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new(identity.Spec, identity.ModelSha256, identity.DatasetHash, identity.HardwareFingerprint, identity.HarnessVersion, session);
    }

    /// <summary>A short, file-name-safe digest of the whole key.</summary>
    public string Digest()
    {
        var json = JsonSerializer.Serialize(this, HarnessJson.Compact);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..24];
    }
}
