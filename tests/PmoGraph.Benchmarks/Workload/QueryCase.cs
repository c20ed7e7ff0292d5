using System.Text;

namespace PmoGraph.Benchmarks.Workload;

/// <summary>
/// One query of the mix: the GraphQL document PmoGraph and the peer receive, and the variables of each variant
/// (requests cycle through them). The floor receives the same body on <c>/floor/{Name}</c>.
/// </summary>
internal sealed class QueryCase(string name, string title, string query, IReadOnlyList<string?> variables)
{
    public string Name { get; } = name;

    public string Title { get; } = title;

    public string Query { get; } = query;

    public IReadOnlyList<byte[]> Bodies { get; } = [.. variables.Select(v => Encoding.UTF8.GetBytes(Body(query, v)))];

    private static string Body(string query, string? variables) =>
        $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}}{{(variables is null ? "" : $",\"variables\":{variables}")}}}""";
}
