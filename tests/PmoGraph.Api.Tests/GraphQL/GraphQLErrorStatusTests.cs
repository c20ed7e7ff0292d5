using System.Net;

namespace PmoGraph.Api.Tests.GraphQL;

/// <summary>
/// Well-formed requests whose GraphQL fails: the status follows the spec for the response media type
/// (<c>application/graphql-response+json</c>: 4xx without data; <c>application/json</c>: always 200).
/// </summary>
public sealed class GraphQLErrorStatusTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_DocumentThatDoesNotParse_Returns400SyntaxError()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request("{"));

        var error = await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "SYNTAX_ERROR", "Error parsing query");
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Post_DocumentNestedTooDeeply_Returns400()
    {
        var query = string.Concat(Enumerable.Repeat("{ projects ", 200)) + new string('}', 200);

        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request(query));

        var error = await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED", "nested more deeply than the parser allows");
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Post_UnknownField_Returns422ValidationError()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request("{ projects { nodes { budgetInPesos } } }"));

        await response.AssertRequestErrorAsync(HttpStatusCode.UnprocessableEntity, "FIELDS_ON_CORRECT_TYPE", "Cannot query field 'budgetInPesos'");
    }

    [Fact]
    public async Task Post_ArgumentOfWrongTypeInDocument_Returns422ValidationError()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request("""{ projects(first: "five") { totalCount } }"""));

        await response.AssertRequestErrorAsync(HttpStatusCode.UnprocessableEntity, "ARGUMENTS_OF_CORRECT_TYPE", "Argument 'first' has invalid value");
    }

    [Theory]
    [InlineData("subscription { projectChanged { id } }", "subscriptions")]
    public async Task Post_OperationTypeTheSchemaLacks_Returns422WithoutData(string query, string kind)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request(query));

        await response.AssertRequestErrorAsync(HttpStatusCode.UnprocessableEntity, "INVALID_OPERATION", $"Schema is not configured for {kind}");
    }

    [Fact]
    public async Task Post_VariableOfWrongType_Returns400AsTheSpecSaysForVariableCoercionFailure()
    {
        // GraphQL-over-HTTP, application/graphql-response+json, "Variable coercion failure": SHOULD be 400, not 422 —
        // the document is valid, the values sent with it are not.
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request(
            "query($n: Int) { projects(first: $n) { totalCount } }", new { n = "abc" }));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_VALUE", "Variable '$n' is invalid");
    }

    [Fact]
    public async Task Post_SeveralOperationsWithoutOperationName_Returns400()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request("query A { __typename } query B { __typename }"));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "NO_OPERATION_NAME", "Document contains more than one operation");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("fragment Only on Query { __typename }")]
    public async Task Post_DocumentWithoutOperations_Returns400(string query)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request(query));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "NO_OPERATION", "Document does not contain any operations.");
    }

    [Fact]
    public async Task Post_UnknownOperationName_Returns400()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request("query A { __typename }", operationName: "B"));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_OPERATION_NAME", "'B'");
    }

    [Fact]
    public async Task Post_PageSizeOverMaximum_Returns422WithPageSizeErrorAndNoData()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request("{ projects(first: 51) { totalCount } }"));

        // Checked while the document is validated, before any resolver runs: a request error, like the cost limit's.
        var error = await response.AssertRequestErrorAsync(
            HttpStatusCode.UnprocessableEntity, "PAGE_SIZE_EXCEEDED", "A page can hold at most 50 items; 51 were requested.");
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Post_ValidationErrorAcceptingJson_Returns200WithErrorsAndNoData()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request("{ projects { nodes { budgetInPesos } } }"), accept: GraphQLHttp.Json);

        await response.AssertRequestErrorAsync(HttpStatusCode.OK, "FIELDS_ON_CORRECT_TYPE", "Cannot query field 'budgetInPesos'", GraphQLHttp.Json);
    }

    [Fact]
    public async Task Post_SyntaxErrorAcceptingJson_Returns200()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.Request("{"), accept: GraphQLHttp.Json);

        await response.AssertRequestErrorAsync(HttpStatusCode.OK, "SYNTAX_ERROR", "Error parsing query", GraphQLHttp.Json);
    }

    [Fact]
    public async Task Post_VariableOfWrongTypeAcceptingJson_Returns200()
    {
        var response = await _client.PostGraphQLAsync(
            GraphQLHttp.Request("query($n: Int) { projects(first: $n) { totalCount } }", new { n = "abc" }), accept: GraphQLHttp.Json);

        await response.AssertRequestErrorAsync(HttpStatusCode.OK, "INVALID_VALUE", "Variable '$n' is invalid", GraphQLHttp.Json);
    }
}
