using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying;

/// <summary>Reads whole connections page by page, as a client following <c>endCursor</c> does.</summary>
public static class ConnectionReader
{
    /// <summary>Every node of <c>field(arguments)</c>, following end cursors with pages of <paramref name="pageSize"/>.</summary>
    public static async Task<List<JsonElement>> AllNodesAsync(this HttpClient client, string field, string arguments, string selection, int pageSize = 50)
    {
        var nodes = new List<JsonElement>();
        string? after = null;
        do
        {
            var paging = after is null ? $"first: {pageSize}" : $"first: {pageSize}, after: \"{after}\"";
            var separator = arguments.Length > 0 ? ", " : "";
            var page = (await client.DataAsync($"{{ {field}({paging}{separator}{arguments}) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ {selection} }} }} }}"))
                .GetProperty(field);
            nodes.AddRange(page.GetProperty("nodes").EnumerateArray());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);
        return nodes;
    }

    /// <summary>All 60 demo projects, unfiltered, in id order.</summary>
    public static async Task<List<ProjectRow>> AllProjectsAsync(this HttpClient client) =>
        [.. (await client.AllNodesAsync("projects", "", ProjectRow.Selection)).Select(ProjectRow.From)];

    /// <summary>The ids of the projects <c>projects(arguments)</c> returns, in the order returned, over all pages.</summary>
    public static async Task<List<int>> ProjectIdsAsync(this HttpClient client, string arguments, int pageSize = 50) =>
        [.. (await client.AllNodesAsync("projects", arguments, "id", pageSize)).Select(n => n.GetProperty("id").GetInt32())];
}
