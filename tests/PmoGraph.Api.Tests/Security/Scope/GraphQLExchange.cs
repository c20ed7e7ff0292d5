using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>One request and its answer as sent over the wire: status, raw body, and the body parsed when it is JSON.</summary>
internal sealed record GraphQLExchange(string Query, object? Variables, int Status, string Body, JsonElement? Json, TimeSpan Elapsed)
{
    public static async Task<GraphQLExchange> PostAsync(HttpClient client, string query, object? variables = null)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        JsonElement? json = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
        }

        return new GraphQLExchange(query, variables, (int)response.StatusCode, body, json, clock.Elapsed);
    }

    /// <summary>The <c>extensions.code</c> of each error.</summary>
    public IReadOnlyList<string> ErrorCodes =>
        Json is { } json && json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? [.. errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.ToString() : "(none)")]
            : [];

    /// <summary>The messages of errors about the request as a whole (no <c>path</c>): validation, limits, syntax.</summary>
    public IReadOnlyList<string> RequestErrors =>
        Json is { } json && json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? [.. errors.EnumerateArray().Where(e => !e.TryGetProperty("path", out _)).Select(e => e.TryGetProperty("message", out var m) ? m.ToString() : e.ToString())]
            : [];

    public bool IsServerError => Status >= 500 || ErrorCodes.Contains("INTERNAL_SERVER_ERROR");

    /// <summary>The request, for a failure message that reproduces it.</summary>
    public string Reproduction => Variables is null ? Query : Query + "  variables: " + JsonSerializer.Serialize(Variables);

    public static string Shorten(string text, int length = 400) => text.Length <= length ? text : text[..length] + "...";
}
