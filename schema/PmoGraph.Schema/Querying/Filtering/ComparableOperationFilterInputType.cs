using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// HotChocolate's comparable operation inputs, named after the scalar: <c>IntOperationFilterInput</c>,
/// <c>DecimalOperationFilterInput</c>, <c>DateOperationFilterInput</c>, ...
/// </summary>
/// <typeparam name="TScalarGraph">The scalar graph type of the values compared.</typeparam>
public sealed class ComparableOperationFilterInputType<TScalarGraph> : InputObjectGraphType
    where TScalarGraph : ScalarGraphType, new()
{
    public ComparableOperationFilterInputType()
    {
        Name = new TScalarGraph().Name + "OperationFilterInput";
        Description = "Conditions on an ordered value; all given must hold. Nulls match only eq: null, neq and the n- operations.";
        Field<TScalarGraph>("eq").Description("Equal to; null matches rows without a value.");
        Field<TScalarGraph>("neq").Description("Not equal to; null matches rows with a value.");
        Field<ListGraphType<TScalarGraph>>("in").Description("Equal to one of the values.");
        Field<ListGraphType<TScalarGraph>>("nin").Description("Equal to none of the values.");
        Field<TScalarGraph>("gt").Description("Greater than.");
        Field<TScalarGraph>("ngt").Description("Not greater than (or no value).");
        Field<TScalarGraph>("gte").Description("Greater than or equal to.");
        Field<TScalarGraph>("ngte").Description("Not greater than or equal to (or no value).");
        Field<TScalarGraph>("lt").Description("Less than.");
        Field<TScalarGraph>("nlt").Description("Not less than (or no value).");
        Field<TScalarGraph>("lte").Description("Less than or equal to.");
        Field<TScalarGraph>("nlte").Description("Not less than or equal to (or no value).");
    }
}
