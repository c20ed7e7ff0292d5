using PmoGraph.Schema.Authorization;

namespace PmoGraph.Schema.Querying;

/// <summary>A field of a node type that can be filtered or sorted, under its GraphQL name and with its description.</summary>
/// <param name="Name">The GraphQL name.</param>
/// <param name="OptIn">What the field offers to filters, sorts and aggregates.</param>
/// <param name="Description">The field's description.</param>
/// <param name="Sensitivity">
/// What a viewer may not read in it: its own mark or its type's. Aggregates and group keys of the field carry it.
/// </param>
internal sealed record QueryField(string Name, QueryFieldOptIn OptIn, string? Description = null, SensitiveData? Sensitivity = null);
