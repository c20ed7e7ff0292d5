namespace PmoGraph.Schema.Querying;

/// <summary>A field of a node type that can be filtered or sorted, under its GraphQL name and with its description.</summary>
internal sealed record QueryField(string Name, QueryFieldOptIn OptIn, string? Description = null);
