using System.Net.Http.Json;
using System.Text.Json;

namespace PmoGraph.Api.Tests;

/// <summary>Sends GraphQL requests the way a front end does and returns the parsed response.</summary>
public static class GraphQLTestClient
{
    public static async Task<JsonElement> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>The response's <c>data</c>, after asserting it has no errors.</summary>
    public static async Task<JsonElement> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var response = await client.QueryAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    /// <summary>The <c>extensions.code</c> of each error in a response.</summary>
    public static IReadOnlyList<string?> ErrorCodes(this JsonElement response) =>
        [.. response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString())];
}
