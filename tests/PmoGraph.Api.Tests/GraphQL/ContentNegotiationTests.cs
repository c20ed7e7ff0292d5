using System.Net;

namespace PmoGraph.Api.Tests.GraphQL;

public sealed class ContentNegotiationTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private const string Query = "{ projects(first: 1) { totalCount } }";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(null, GraphQLHttp.GraphQLResponseJson)]
    [InlineData("*/*", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/*", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/json", GraphQLHttp.Json)]
    [InlineData("application/json; charset=utf-8", GraphQLHttp.Json)]
    [InlineData("application/json, */*;q=0.5", GraphQLHttp.Json)]
    [InlineData("application/json, */*", GraphQLHttp.Json)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", GraphQLHttp.Json)]
    [InlineData("application/graphql-response+json;q=0, */*", GraphQLHttp.Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLHttp.GraphQLResponseJson)]
    public async Task Post_Accept_PicksTheMediaTypeTheClientRanksHighest(string? accept, string expected)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request(Query), accept);

        Assert.Equal(60, (await response.AssertDataAsync(expected)).GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Get_AcceptJson_AnswersInJson()
    {
        var response = await _client.GetGraphQLAsync(Query, GraphQLHttp.Json);

        Assert.Equal(60, (await response.AssertDataAsync(GraphQLHttp.Json)).GetProperty("projects").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/*")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0")]
    public async Task Post_AcceptAllowingNeitherGraphQLMediaType_Returns406InJson(string accept)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request(Query), accept);

        await response.AssertRequestErrorAsync(HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE", "The Accept header allows neither", GraphQLHttp.Json);
    }

    [Fact]
    public async Task Get_AcceptAllowingNeitherGraphQLMediaType_Returns406InJson()
    {
        var response = await _client.GetGraphQLAsync(Query, "text/csv");

        await response.AssertRequestErrorAsync(HttpStatusCode.NotAcceptable, "NOT_ACCEPTABLE", "The Accept header allows neither", GraphQLHttp.Json);
    }
}
