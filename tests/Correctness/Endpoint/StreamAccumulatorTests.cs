using System.Diagnostics;
using Llama2Validation.Harness.Running.Endpoint;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// llama-server (checked against b10361 on this machine) streams the end-of-sequence token as one more
/// object without text, then stop=true with stop_type "eos", and counts it in tokens_predicted. The
/// in-process engine stops at that token without output, so a served completion must not count it either.
/// </summary>
public sealed class StreamAccumulatorTests
{
    private const int EndOfSequence = 2;

    [Fact]
    public void The_end_of_sequence_token_llama_server_streams_is_not_output()
    {
        var completion = Accumulate(Piece(" hi", 7, 1), Piece("", EndOfSequence, 2), Stop("eos", 2));

        completion.TokenIds.Should().Equal(7);
        completion.OutputTokens.Should().Be(1);
        completion.Text.Should().Be(" hi");
        completion.FinishReason.Should().Be("stop");
    }

    [Fact]
    public void A_completion_that_ends_at_once_has_no_output() =>
        Accumulate(Piece("", EndOfSequence, 1), Stop("eos", 1)).Should().BeEquivalentTo(new { TokenIds = Array.Empty<int>(), OutputTokens = 0 });

    [Fact]
    public void A_token_without_text_before_a_length_stop_is_output() =>
        Accumulate(Piece(" hi", 7, 1), Piece("", 13, 2), Stop("limit", 2)).TokenIds.Should().Equal(7, 13);

    private static EndpointCompletion Accumulate(params string[] chunks)
    {
        var stream = new StreamAccumulator(Stopwatch.GetTimestamp());
        foreach (var chunk in chunks)
        {
            stream.Add(StreamChunkParser.Parse(chunk));
        }

        return stream.Finish(sawDone: false);
    }

    private static string Piece(string text, int id, int predicted) =>
        $$"""{"index":0,"content":"{{text}}","tokens":[{{id}}],"stop":false,"id_slot":0,"tokens_predicted":{{predicted}},"tokens_evaluated":12}""";

    private static string Stop(string type, int predicted) =>
        $$"""{"index":0,"content":"","tokens":[],"id_slot":0,"stop":true,"tokens_predicted":{{predicted}},"tokens_evaluated":12,"stop_type":"{{type}}"}""";
}
