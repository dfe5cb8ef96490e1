using System.Globalization;

namespace Llama2Validation.Harness.Models.Shapes;

/// <summary>Tensor names as llama.cpp's llama loader looks them up.</summary>
public static class LlamaTensorName
{
    public const string TokenEmbedding = "token_embd.weight";
    public const string OutputNorm = "output_norm.weight";
    public const string Output = "output.weight";

    public static string AttentionNorm(int layer) => Block(layer, "attn_norm");

    public static string AttentionQuery(int layer) => Block(layer, "attn_q");

    public static string AttentionKey(int layer) => Block(layer, "attn_k");

    public static string AttentionValue(int layer) => Block(layer, "attn_v");

    public static string AttentionOutput(int layer) => Block(layer, "attn_output");

    public static string FeedForwardNorm(int layer) => Block(layer, "ffn_norm");

    public static string FeedForwardGate(int layer) => Block(layer, "ffn_gate");

    public static string FeedForwardUp(int layer) => Block(layer, "ffn_up");

    public static string FeedForwardDown(int layer) => Block(layer, "ffn_down");

    private static string Block(int layer, string part) => string.Create(CultureInfo.InvariantCulture, $"blk.{layer}.{part}.weight");
}
