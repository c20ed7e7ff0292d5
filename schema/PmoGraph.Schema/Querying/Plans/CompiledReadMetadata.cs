namespace PmoGraph.Schema.Querying;

/// <summary>
/// Field metadata the read compiler recognises root fields by: the engine's own connection and lookup fields, whose
/// resolvers the compiled path replaces. Any other root field leaves the operation to the executor.
/// </summary>
internal static class CompiledReadMetadata
{
    /// <summary>A root connection over the entity type stored under this key.</summary>
    public const string RootConnectionKey = "PmoGraph.Querying.RootConnection";

    /// <summary>A root lookup by id of the entity type stored under this key.</summary>
    public const string RootByIdKey = "PmoGraph.Querying.RootById";

    /// <summary>A root aggregate field over the entity type stored under this key.</summary>
    public const string RootAggregateKey = "PmoGraph.Querying.RootAggregate";

    /// <summary>An aggregate of a node's children; the children's foreign key lambda is stored under this key.</summary>
    public const string NestedAggregateKey = "PmoGraph.Querying.NestedAggregate";
}
