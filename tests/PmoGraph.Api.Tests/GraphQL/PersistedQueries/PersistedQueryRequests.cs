using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PmoGraph.Api.Tests.GraphQL.PersistedQueries;

/// <summary>Requests as Apollo's persisted-queries link sends them: POST or GET, with or without the query.</summary>
internal static class PersistedQueryRequests
{
    public static string Sha256(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public static object Extension(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    public static Task<HttpResponseMessage> PostPersistedAsync(this HttpClient client, string hash, string? query = null, object? variables = null) =>
        client.PostRawAsync(new { query, variables, extensions = Extension(hash) });

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync(GraphQLHttp.Endpoint, body);

    public static Task<HttpResponseMessage> GetPersistedAsync(this HttpClient client, string hash, string? query = null, string? accept = null) =>
        client.GetWithExtensionsAsync(JsonSerializer.Serialize(Extension(hash)), query, accept);

    public static Task<HttpResponseMessage> GetWithExtensionsAsync(this HttpClient client, string extensions, string? query = null, string? accept = null, object? variables = null)
    {
        var url = GraphQLHttp.Endpoint + "?extensions=" + Uri.EscapeDataString(extensions)
            + (query is null ? string.Empty : "&query=" + Uri.EscapeDataString(query))
            + (variables is null ? string.Empty : "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)));
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("Accept", accept ?? GraphQLHttp.Json);
        return client.SendAsync(message);
    }
}
