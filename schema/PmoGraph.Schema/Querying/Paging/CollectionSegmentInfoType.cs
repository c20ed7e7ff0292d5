using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>HotChocolate's <c>CollectionSegmentInfo</c>.</summary>
public sealed class CollectionSegmentInfoType : ObjectGraphType<CollectionSegmentInfo>
{
    public CollectionSegmentInfoType()
    {
        Name = "CollectionSegmentInfo";
        Description = "Information about the offset pagination.";
        Field(p => p.HasNextPage).Description("Indicates whether more items exist following the set defined by the clients arguments.");
        Field(p => p.HasPreviousPage).Description("Indicates whether more items exist prior the set defined by the clients arguments.");
    }
}
