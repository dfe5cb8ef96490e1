using Llama2Validation.Harness.Running.Endpoint;

namespace Llama2Validation.Tests.Correctness.Endpoint;

public sealed class StreamChunkParserTests
{
    [Fact]
    public void Reads_completion_text_and_token_ids()
    {
        var chunk = StreamChunkParser.Parse("""{"choices":[{"index":0,"text":" hi","token_ids":[5,6],"finish_reason":null}]}""");

        chunk.Text.Should().Be(" hi");
        chunk.TokenIds.Should().Equal(5, 6);
        chunk.FinishReason.Should().BeNull();
        chunk.HasOutput.Should().BeTrue();
    }

    [Fact]
    public void Reads_llama_server_completion_chunks_with_their_token_ids()
    {
        // llama.cpp server's /completion stream: a piece per chunk, then stop=true with the counts.
        var piece = StreamChunkParser.Parse("""{"index":0,"content":" hi","tokens":[7],"stop":false,"id_slot":0,"tokens_predicted":1,"tokens_evaluated":12}""");
        var last = StreamChunkParser.Parse("""{"index":0,"content":"","tokens":[],"stop":true,"tokens_predicted":40,"tokens_evaluated":12,"stop_type":"limit"}""");

        piece.Should().BeEquivalentTo(new { Text = " hi", TokenIds = new[] { 7 }, FinishReason = (string?)null, PromptTokens = 12, HasOutput = true });
        last.Should().BeEquivalentTo(new { Text = "", TokenIds = (int[]?)null, FinishReason = "length", PromptTokens = 12, CompletionTokens = 40, HasOutput = false });
        StreamChunkParser.Parse("""{"content":"","stop":true,"stop_type":"eos"}""").FinishReason.Should().Be("stop");
    }

    [Fact]
    public void A_token_id_prompt_goes_as_a_list_of_ints_on_both_routes()
    {
        var spec = new EndpointSpec { BaseUrl = new Uri("http://h"), Model = "m" };
        var prompt = EndpointPrompt.OfTokenIds([1, 500, 27]);

        CompletionRequestBody.For(spec, prompt).ToJsonString().Should().Contain("\"prompt\":[1,500,27]").And.Contain("\"return_token_ids\":true");
        CompletionRequestBody.For(spec with { Api = EndpointApi.LlamaCompletion }, prompt).ToJsonString()
            .Should().Contain("\"prompt\":[1,500,27]").And.Contain("\"return_tokens\":true").And.Contain("\"n_predict\":300").And.Contain("\"cache_prompt\":false");
    }

    [Fact]
    public void Reads_chat_deltas_and_the_finish()
    {
        var chunk = StreamChunkParser.Parse("""{"choices":[{"index":0,"delta":{"content":"x"},"finish_reason":"length"}]}""");

        chunk.Text.Should().Be("x");
        chunk.TokenIds.Should().BeNull();
        chunk.FinishReason.Should().Be("length");
    }

    [Fact]
    public void Reads_vllm_token_id_strings_from_logprobs()
    {
        var chunk = StreamChunkParser.Parse("""{"choices":[{"index":0,"text":"ab","logprobs":{"tokens":["token_id:12","token_id:7"]}}]}""");

        chunk.TokenIds.Should().Equal(12, 7);
    }

    [Fact]
    public void Ignores_logprob_tokens_that_are_text_not_ids()
    {
        var chunk = StreamChunkParser.Parse("""{"choices":[{"index":0,"text":"ab","logprobs":{"tokens":["a","b"]}}]}""");

        chunk.TokenIds.Should().BeNull();
    }

    [Fact]
    public void Reads_usage_from_a_chunk_without_choices()
    {
        var chunk = StreamChunkParser.Parse("""{"choices":[],"usage":{"prompt_tokens":23,"completion_tokens":4}}""");

        chunk.PromptTokens.Should().Be(23);
        chunk.CompletionTokens.Should().Be(4);
        chunk.HasOutput.Should().BeFalse();
    }

    [Fact]
    public void Reports_an_error_object_sent_in_the_stream()
    {
        var chunk = StreamChunkParser.Parse("""{"error":{"message":"engine died","code":500}}""");

        chunk.Error.Should().Be("engine died");
    }

    [Fact]
    public void Malformed_json_is_a_request_error_with_an_excerpt()
    {
        var parse = () => StreamChunkParser.Parse("""{"choices": [""");

        parse.Should().Throw<EndpointRequestException>().WithMessage("malformed JSON from the server*{\"choices\": [*");
    }

    [Theory]
    [InlineData("""{"error":{"message":"too long"}}""", "too long")]
    [InlineData("""{"error":"plain"}""", "plain")]
    [InlineData("""{"message":"flat"}""", "flat")]
    [InlineData("<html>bad gateway</html>", "<html>bad gateway</html>")]
    public void Error_bodies_give_their_message(string body, string expected) =>
        StreamChunkParser.ErrorMessageOf(body).Should().Be(expected);
}
