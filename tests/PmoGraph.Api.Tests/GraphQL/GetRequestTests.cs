using System.Net;

namespace PmoGraph.Api.Tests.GraphQL;

public sealed class GetRequestTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_ProjectsQuery_ReturnsTotalCountAndCodes()
    {
        var response = await _client.GetGraphQLAsync("{ projects(first: 5) { totalCount nodes { code } } }");

        var projects = (await response.AssertDataAsync()).GetProperty("projects");
        Assert.Equal(60, projects.GetProperty("totalCount").GetInt32());
        Assert.Equal(5, projects.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("code").GetString() is { Length: > 0 }));
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Get_VariablesAndOperationName_RunsTheNamedOperationWithTheVariables()
    {
        var response = await _client.GetGraphQLAsync(
            "query Count { projects { totalCount } } query Few($n: Int) { projects(first: $n) { nodes { code } } }",
            parameters: [("variables", """{"n": 3}"""), ("operationName", "Few")]);

        Assert.Equal(3, (await response.AssertDataAsync()).GetProperty("projects").GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("mutation { createProject { id } }", null, "mutation")]
    [InlineData("subscription { projectChanged { id } }", null, "subscription")]
    [InlineData("query Read { __typename } mutation Write { createProject { id } }", "Write", "mutation")]
    public async Task Get_MutationOrSubscription_Returns405AllowingPostOnly(string query, string? operationName, string kind)
    {
        var response = await _client.GetGraphQLAsync(query, parameters: operationName is null ? [] : [("operationName", operationName)]);

        await response.AssertRequestErrorAsync(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED", $"A {kind} cannot be sent with GET");
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Get_QuerySelectedBesideAMutation_IsExecuted()
    {
        var response = await _client.GetGraphQLAsync(
            "query Read { __typename } mutation Write { archiveProject(input: { id: 1, version: 1 }) { project { id } } }", parameters: [("operationName", "Read")]);

        Assert.Equal("Query", (await response.AssertDataAsync()).GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Get_NoQueryParameter_Returns400()
    {
        var response = await _client.GetAsync(GraphQLHttp.Endpoint);

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST", "'query' parameter is required");
    }

    [Fact]
    public async Task Get_VariablesNotJson_Returns400()
    {
        var response = await _client.GetGraphQLAsync("query($n: Int) { projects(first: $n) { totalCount } }", parameters: [("variables", "{n: 3")]);

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_JSON", "'variables' parameter is not valid JSON");
    }

    [Fact]
    public async Task Get_VariablesNotAnObject_Returns400()
    {
        var response = await _client.GetGraphQLAsync("query($n: Int) { projects(first: $n) { totalCount } }", parameters: [("variables", "[3]")]);

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST", "'variables' parameter must be a JSON object");
    }

    [Fact]
    public async Task Get_VariablesRepeatingAName_Returns400()
    {
        var response = await _client.GetGraphQLAsync("query($n: Int) { projects(first: $n) { totalCount } }", parameters: [("variables", """{"n": 1, "n": 2}""")]);

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST", "The property 'n' appears more than once");
    }

    [Fact]
    public async Task Get_QueryGivenTwice_Returns400()
    {
        var response = await _client.GetGraphQLAsync("{ __typename }", parameters: [("query", "{ __typename }")]);

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST", "'query' parameter appears more than once");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Return405AllowingGetAndPost(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), GraphQLHttp.Endpoint) { Content = GraphQLHttp.Request("{ __typename }") };

        var response = await _client.SendAsync(request);

        await response.AssertRequestErrorAsync(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED", $"{method} is not supported");
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }
}
