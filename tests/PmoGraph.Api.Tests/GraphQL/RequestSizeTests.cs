using System.Net;
using System.Text;

namespace PmoGraph.Api.Tests.GraphQL;

/// <summary>The body limit, set low through configuration (<c>GraphQL:MaxRequestBytes</c>) for these tests.</summary>
public sealed class RequestSizeTests : IClassFixture<PmoApiFactory>
{
    private const int Limit = 4096;

    private readonly HttpClient _client;

    public RequestSizeTests(PmoApiFactory factory)
    {
        factory.Settings["GraphQL:MaxRequestBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Post_BodyOfExactlyTheLimit_IsExecuted()
    {
        var response = await _client.PostGraphQLAsync(JsonOf(Body(Limit)));

        Assert.Equal("Query", (await response.AssertDataAsync()).GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Post_ContentLengthOverTheLimit_Returns413()
    {
        var content = JsonOf(Body(Limit + 1));
        Assert.Equal(Limit + 1, content.Headers.ContentLength);

        var response = await _client.PostGraphQLAsync(content);

        await response.AssertRequestErrorAsync(HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE", "larger than the 4096 bytes");
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Returns413()
    {
        var content = new UnknownLengthContent(Body(Limit * 3));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        Assert.Null(content.Headers.ContentLength);

        var response = await _client.PostGraphQLAsync(content);

        await response.AssertRequestErrorAsync(HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE", "larger than the 4096 bytes");
    }

    [Fact]
    public async Task Post_ChunkedBodyUnderTheLimit_IsExecuted()
    {
        var content = new UnknownLengthContent(Body(Limit - 10));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        var response = await _client.PostGraphQLAsync(content);

        Assert.Equal("Query", (await response.AssertDataAsync()).GetProperty("__typename").GetString());
    }

    /// <summary>A valid request of exactly <paramref name="size"/> UTF-8 bytes, padded with insignificant whitespace.</summary>
    private static byte[] Body(int size)
    {
        const string Json = """{"query": "{ __typename }"}""";
        return Encoding.UTF8.GetBytes(Json + new string(' ', size - Json.Length));
    }

    private static ByteArrayContent JsonOf(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    /// <summary>A body sent without Content-Length, as a chunked upload is.</summary>
    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            // Several writes, so the server sees the body arrive in pieces.
            foreach (var chunk in body.Chunk(1000))
            {
                await stream.WriteAsync(chunk);
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
