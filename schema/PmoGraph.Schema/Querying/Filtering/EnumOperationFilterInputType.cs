using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>HotChocolate's <c>{Enum}OperationFilterInput</c> (<c>LifecycleStageOperationFilterInput</c>).</summary>
/// <typeparam name="TEnumGraph">The enum's graph type.</typeparam>
public sealed class EnumOperationFilterInputType<TEnumGraph> : InputObjectGraphType
    where TEnumGraph : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
    {
        Name = new TEnumGraph().Name + "OperationFilterInput";
        Description = "Conditions on an enumerated value; all given must hold.";
        Field<TEnumGraph>("eq").Description("Equal to; null matches rows without a value.");
        Field<TEnumGraph>("neq").Description("Not equal to; null matches rows with a value.");
        Field<ListGraphType<NonNullGraphType<TEnumGraph>>>("in").Description("Equal to one of the values.");
        Field<ListGraphType<NonNullGraphType<TEnumGraph>>>("nin").Description("Equal to none of the values.");
    }
}
