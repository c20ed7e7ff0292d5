using System.Net.Http.Headers;
using System.Text;

namespace PmoGraph.Api.Tests.GraphQL;

public sealed class PostRequestTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_ProjectsFirstFive_ReturnsTotalCountAndFiveCodedProjects()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request("{ projects(first: 5) { totalCount nodes { code name } } }"));

        var projects = (await response.AssertDataAsync()).GetProperty("projects");
        Assert.Equal(60, projects.GetProperty("totalCount").GetInt32());
        var nodes = projects.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(5, nodes.Count);
        Assert.All(nodes, n => Assert.False(string.IsNullOrWhiteSpace(n.GetProperty("code").GetString())));
        Assert.All(nodes, n => Assert.False(string.IsNullOrWhiteSpace(n.GetProperty("name").GetString())));
        Assert.Equal(5, nodes.Select(n => n.GetProperty("code").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Post_PortfoliosWithPrograms_ReturnsEveryPortfolioWithItsPrograms()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request("{ portfolios(first: 10) { nodes { name programs { nodes { name } } } } }"));

        var portfolios = (await response.AssertDataAsync()).GetProperty("portfolios").GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(portfolios.Count >= 3, $"Expected at least 3 portfolios, got {portfolios.Count}.");
        Assert.All(portfolios, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("name").GetString()));
            Assert.NotEmpty(p.GetProperty("programs").GetProperty("nodes").EnumerateArray());
        });
    }

    [Fact]
    public async Task Post_OperationNameVariablesAndExtensions_RunsTheNamedOperationWithTheVariables()
    {
        const string Document = """
            query Few($n: Int) { projects(first: $n) { nodes { code } } }
            query Count { projects { totalCount } }
            """;
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            query = Document,
            operationName = "Few",
            variables = new { n = 2 },
            extensions = new { trace = true },
        });

        var response = await _client.PostGraphQLAsync(GraphQLHttp.JsonBody(body));

        var projects = (await response.AssertDataAsync()).GetProperty("projects");
        Assert.Equal(2, projects.GetProperty("nodes").GetArrayLength());
        Assert.False(projects.TryGetProperty("totalCount", out _));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; charset=\"UTF-8\"")]
    public async Task Post_JsonContentTypeWithOrWithoutCharset_IsExecuted(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query": "{ projects(first: 1) { totalCount } }"}"""));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await _client.PostGraphQLAsync(content);

        Assert.Equal(60, (await response.AssertDataAsync()).GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Post_BodyWithUtf8ByteOrderMark_IsExecuted()
    {
        var json = Encoding.UTF8.GetBytes("""{"query": "{ projects(first: 1) { totalCount } }"}""");
        var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. json]);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        var response = await _client.PostGraphQLAsync(content);

        Assert.Equal(60, (await response.AssertDataAsync()).GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Post_NullOptionalParameters_AreTreatedAsAbsent()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.JsonBody(
            """{"query": "{ projects(first: 1) { totalCount } }", "variables": null, "operationName": null, "extensions": null}"""));

        Assert.Equal(60, (await response.AssertDataAsync()).GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Post_AcceptPrefersHtml_AnswersInJson()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLHttp.Endpoint) { Content = GraphQLHttp.Request("{ __typename }") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));

        var response = await _client.SendAsync(request);

        // A POST never gets GraphiQL: text/html is not a GraphQL media type, application/json is the one accepted.
        Assert.Equal("Query", (await response.AssertDataAsync(GraphQLHttp.Json)).GetProperty("__typename").GetString());
    }
}
