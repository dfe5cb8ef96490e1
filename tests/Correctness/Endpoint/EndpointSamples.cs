using Llama2Validation.Harness.Data;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>A few self-written documents: plain prose, non-ASCII text (byte-fallback tokens), and one too long for the context.</summary>
internal static class EndpointSamples
{
    public static IReadOnlyList<Example> Documents { get; } =
    [
        new()
        {
            Id = "sample-kettle",
            Document = "Fill the kettle with fresh water and switch it on. While it heats, warm the pot with a splash of hot water, "
                + "then add one spoonful of leaves per cup. Pour the water just off the boil and let it steep for four minutes.",
            Reference = "Warm the pot, add leaves, and steep in just-boiled water for four minutes.",
        },
        new()
        {
            Id = "sample-accents",
            Document = "Crème brûlée needs a cold custard and a hot grill. Señora Núñez prefers raw sugar, caramelised until it "
                + "cracks like thin glass — 焦糖 in her notes — and serves it within ten minutes.",
            Reference = "Caramelise raw sugar on cold custard and serve quickly.",
        },
        new()
        {
            Id = "sample-too-long",
            Document = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"word{i % 97}")),
            Reference = "",
        },
    ];
}
