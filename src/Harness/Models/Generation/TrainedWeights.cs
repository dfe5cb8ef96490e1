using System.Text.Json;
using System.Text.Json.Serialization;

namespace Llama2Validation.Harness.Models.Generation;

/// <summary>
/// A trainer's export: weights.json (shape, tensor table, training facts) beside weights.bin (the
/// tensors back to back, matrices float16 and norms float32, little-endian).
/// </summary>
public sealed record TrainedWeights(TrainedShape Shape, IReadOnlyList<TrainedTensor> Tensors, JsonElement Training)
{
    public const string BinaryFileName = "weights.bin";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        RespectRequiredConstructorParameters = true,
    };

    public static TrainedWeights Load(string manifestPath) =>
        JsonSerializer.Deserialize<TrainedWeights>(File.ReadAllText(manifestPath), Options)
        ?? throw new InvalidDataException($"'{manifestPath}' holds no weights manifest.");

    /// <summary>A number the trainer recorded under training (e.g. steps, args.seed), or null.</summary>
    public long? TrainingNumber(params string[] path)
    {
        var element = Training;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var value) ? value : null;
    }
}
