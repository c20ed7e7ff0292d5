using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>A UUID, named <c>UUID</c> as HotChocolate names it (so its filter input is <c>UuidOperationFilterInput</c>).</summary>
public sealed class UuidGraphType : GuidGraphType
{
    public UuidGraphType()
    {
        Name = "UUID";
        Description = "A universally unique identifier, as a string (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).";
    }
}
