using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>HotChocolate's <c>BooleanOperationFilterInput</c>.</summary>
public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType()
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a true/false field.";
        Field<BooleanGraphType>("eq").Description("Equal to; null matches rows without a value.");
        Field<BooleanGraphType>("neq").Description("Not equal to; null matches rows with a value.");
    }
}
