using GraphQL.Types;

namespace PmoGraph.Schema.Querying;

/// <summary>HotChocolate's <c>StringOperationFilterInput</c>, plus case-insensitive <c>ieq</c>, <c>icontains</c>, <c>istartsWith</c>, <c>iendsWith</c>.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field; all given must hold. Matching is case-sensitive except for the i- operations.";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and").Description("All of these conditions hold. An empty list sets no condition.");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or").Description("At least one of these conditions holds. An empty list sets no condition, as in HotChocolate.Data.");
        Field<StringGraphType>("eq").Description("Equal to; null matches rows without a value.");
        Field<StringGraphType>("neq").Description("Not equal to; null matches rows with a value.");
        Field<StringGraphType>("contains").Description("Contains the text.");
        Field<StringGraphType>("ncontains").Description("Does not contain the text (or has no value).");
        Field<ListGraphType<StringGraphType>>("in").Description("Equal to one of the values.");
        Field<ListGraphType<StringGraphType>>("nin").Description("Equal to none of the values.");
        Field<StringGraphType>("startsWith").Description("Starts with the text.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with the text (or has no value).");
        Field<StringGraphType>("endsWith").Description("Ends with the text.");
        Field<StringGraphType>("nendsWith").Description("Does not end with the text (or has no value).");
        Field<StringGraphType>("ieq").Description("Equal to, ignoring case.");
        Field<StringGraphType>("icontains").Description("Contains the text, ignoring case.");
        Field<StringGraphType>("istartsWith").Description("Starts with the text, ignoring case.");
        Field<StringGraphType>("iendsWith").Description("Ends with the text, ignoring case.");
    }
}
