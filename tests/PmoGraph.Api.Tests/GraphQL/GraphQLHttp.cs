using System.Net;
using System.Text;
using System.Text.Json;

namespace PmoGraph.Api.Tests.GraphQL;

/// <summary>Requests to <c>/graphql</c> and assertions on the GraphQL responses they get.</summary>
internal static class GraphQLHttp
{
    public const string Endpoint = "/graphql";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static StringContent JsonBody(string json) => new(json, Encoding.UTF8, Json);

    public static StringContent Request(string query, object? variables = null, string? operationName = null) =>
        JsonBody(JsonSerializer.Serialize(new { query, variables, operationName }));

    public static Task<HttpResponseMessage> PostGraphQLAsync(
        this HttpClient client, HttpContent content, string? accept = null, CancellationToken cancellationToken = default)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return client.SendAsync(message, cancellationToken);
    }

    public static Task<HttpResponseMessage> GetGraphQLAsync(this HttpClient client, string query, string? accept = null, params (string Name, string Value)[] parameters)
    {
        var url = Endpoint + "?query=" + Uri.EscapeDataString(query)
            + string.Concat(parameters.Select(p => $"&{p.Name}={Uri.EscapeDataString(p.Value)}"));
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return client.SendAsync(message);
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The response is a successful GraphQL response in <paramref name="mediaType"/>: 200, data, no errors.</summary>
    public static async Task<JsonElement> AssertDataAsync(this HttpResponseMessage response, string mediaType = GraphQLResponseJson)
    {
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertContentType(response, mediaType);
        return body.GetProperty("data");
    }

    /// <summary>
    /// The response is a GraphQL error response: the status, the media type, no <c>data</c> entry, and one error
    /// with the code and a message containing <paramref name="messagePart"/>. Returns that error.
    /// </summary>
    public static async Task<JsonElement> AssertRequestErrorAsync(
        this HttpResponseMessage response, HttpStatusCode status, string code, string messagePart, string mediaType = GraphQLResponseJson)
    {
        var body = await response.ReadJsonAsync();
        Assert.Equal(status, response.StatusCode);
        AssertContentType(response, mediaType);
        Assert.False(body.TryGetProperty("data", out _), $"A request error has no data entry: {body}");
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(messagePart, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        return error;
    }

    public static void AssertContentType(HttpResponseMessage response, string mediaType)
    {
        var contentType = response.Content.Headers.ContentType;
        Assert.NotNull(contentType);
        Assert.Equal(mediaType, contentType.MediaType);
        Assert.Equal("utf-8", contentType.CharSet);
    }
}
