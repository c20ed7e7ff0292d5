using System.Net;
using System.Net.Http.Headers;

namespace PmoGraph.Api.Tests.GraphQL;

public sealed class GraphiQLTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_BrowserWithoutQuery_ReturnsGraphiQLPointedAtTheEndpoint()
    {
        var response = await _client.SendAsync(Browse(GraphQLHttp.Endpoint));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/graphql/ide/graphiql@3.8.3/graphiql.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/graphql/ide/graphiql@3.8.3/graphiql.min.css\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/graphql/ide/react@18.3.1/react.production.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/graphql/ide/react-dom@18.3.1/react-dom.production.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        Assert.Contains("const endpoint = \"/graphql\";", html, StringComparison.Ordinal);
        Assert.Contains("GraphiQL.createFetcher({ url: endpoint })", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_BrowserWithQuery_ExecutesTheQuery()
    {
        var response = await _client.SendAsync(Browse(GraphQLHttp.Endpoint + "?query=" + Uri.EscapeDataString("{ projects { totalCount } }")));

        Assert.Equal(60, (await response.AssertDataAsync()).GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Get_ClientAcceptingAnythingWithoutQuery_Returns400NotHtml()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, GraphQLHttp.Endpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));

        var response = await _client.SendAsync(request);

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST", "'query' parameter is required");
    }

    private static HttpRequestMessage Browse(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return request;
    }
}
