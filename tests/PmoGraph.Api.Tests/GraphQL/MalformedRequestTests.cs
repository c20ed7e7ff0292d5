using System.Net;
using System.Text;

namespace PmoGraph.Api.Tests.GraphQL;

/// <summary>Requests that are not well-formed GraphQL-over-HTTP requests: 4xx with a coded error, never a 500.</summary>
public sealed class MalformedRequestTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_EmptyBody_Returns400()
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.JsonBody(""));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST", "The request body is empty");
    }

    [Theory]
    [InlineData("NONSENSE")]
    [InlineData("""{"query":""")]
    public async Task Post_BodyNotJson_Returns400(string body)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.JsonBody(body));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_JSON", "The request body is not valid JSON (line 1");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"query": "{ __typename }"}, {"query": "{ __typename }"}]""")]
    public async Task Post_JsonArrayBatch_Returns400BatchNotSupported(string body)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.JsonBody(body));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "BATCH_NOT_SUPPORTED", "Batched requests (a JSON array) are not supported");
    }

    [Theory]
    [InlineData("\"{ __typename }\"")]
    [InlineData("42")]
    [InlineData("null")]
    public async Task Post_BodyNotAnObject_Returns400(string body)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.JsonBody(body));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST", "must be a JSON object");
    }

    [Theory]
    [InlineData("""{"query": 1}""", "The 'query' parameter must be a string.")]
    [InlineData("""{"query": {"text": "{ __typename }"}}""", "The 'query' parameter must be a string.")]
    [InlineData("""{"query": ["{ __typename }"]}""", "The 'query' parameter must be a string.")]
    [InlineData("""{"qeury": "{ __typename }"}""", "The 'query' parameter is required")]
    [InlineData("""{"query": null}""", "The 'query' parameter is required")]
    [InlineData("""{"query": "{ __typename }", "operationName": 7}""", "The 'operationName' parameter must be a string.")]
    [InlineData("""{"query": "query Q($i: Int) { __typename }", "variables": [7]}""", "The 'variables' parameter must be a JSON object.")]
    [InlineData("""{"query": "{ __typename }", "variables": "{}"}""", "The 'variables' parameter must be a JSON object.")]
    [InlineData("""{"query": "{ __typename }", "extensions": true}""", "The 'extensions' parameter must be a JSON object.")]
    [InlineData("""{"query": "{ __typename }", "query": "{ __typename }"}""", "The property 'query' appears more than once in one JSON object.")]
    [InlineData("""{"query": "query($n: Int) { __typename }", "variables": {"n": 1, "n": 2}}""", "The property 'n' appears more than once in one JSON object.")]
    [InlineData("""{"query": "{ __typename }", "extensions": {"trace": [{"on": true, "on": false}]}}""", "The property 'on' appears more than once in one JSON object.")]
    public async Task Post_InvalidParameters_Returns400(string body, string message)
    {
        var response = await _client.PostGraphQLAsync(GraphQLHttp.JsonBody(body));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST", message);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData(null)]
    public async Task Post_UnsupportedContentType_Returns415(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query": "{ __typename }"}"""));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var response = await _client.PostGraphQLAsync(content);

        await response.AssertRequestErrorAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "must have 'Content-Type: application/json'");
    }

    [Fact]
    public async Task Post_JsonInAnotherCharset_Returns415()
    {
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes("""{"query": "{ __typename }"}"""));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=iso-8859-1");

        var response = await _client.PostGraphQLAsync(content);

        await response.AssertRequestErrorAsync(HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "must be UTF-8, not 'iso-8859-1'");
    }

    [Fact]
    public async Task Post_MalformedBodyAcceptingJson_Returns400InApplicationJson()
    {
        // application/json keeps 200 for well-formed requests only; a body that is no request at all is still a 400.
        var response = await _client.PostGraphQLAsync(GraphQLHttp.JsonBody("""{"query": 1}"""), accept: GraphQLHttp.Json);

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "INVALID_REQUEST", "'query' parameter must be a string", GraphQLHttp.Json);
    }

    [Fact]
    public async Task Post_BodyOverTheDefaultLimitOfOneMebibyte_Returns413()
    {
        var body = """{"query": "{ __typename }"}""" + new string(' ', 1_048_576);

        var response = await _client.PostGraphQLAsync(GraphQLHttp.JsonBody(body));

        await response.AssertRequestErrorAsync(HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE", "larger than the 1048576 bytes");
    }
}
