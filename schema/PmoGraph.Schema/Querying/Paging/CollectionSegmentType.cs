using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>An offset page named after its field (<c>auditEntries</c> gives <c>AuditEntriesCollectionSegment</c>).</summary>
public sealed class CollectionSegmentType<TNode, TNodeGraph> : ObjectGraphType<CollectionSegment<TNode>>
    where TNodeGraph : IGraphType
{
    public CollectionSegmentType(string baseName)
    {
        Name = baseName + "CollectionSegment";
        Description = "A segment of a collection.";
        Field<ListGraphType<NonNullGraphType<TNodeGraph>>, IReadOnlyList<TNode>>("items")
            .Description("A flattened list of the items.")
            .Resolve(context => context.Source.Items);
        Field<NonNullGraphType<CollectionSegmentInfoType>, CollectionSegmentInfo>("pageInfo")
            .Description("Information to aid in pagination.")
            .Resolve(context => new CollectionSegmentInfo(context.Source.HasNextPage, context.Source.HasPreviousPage));
        Field<NonNullGraphType<IntGraphType>, int>("totalCount")
            .Description("Identifies the total count of items in the collection.")
            .ResolveAsync(context => context.Source.TotalCount(context.CancellationToken));
    }
}
