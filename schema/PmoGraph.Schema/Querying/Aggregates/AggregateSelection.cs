using GraphQL;
using GraphQLParser.AST;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// What a query selects of an aggregate field: the totals, the groups, and which function of which field (under
/// either), so the statement computes only those. Fragments are followed; <c>@skip</c>/<c>@include</c> are not, so
/// the statement may compute more than is shown, never less.
/// </summary>
/// <param name="Totals">Whether any of <c>count sum avg min max</c> is selected on the field itself.</param>
/// <param name="Groups">Whether <c>groups</c> is selected.</param>
/// <param name="Values">The selected <c>(sum|avg|min|max, field)</c> pairs, under the totals or the groups.</param>
internal sealed record AggregateSelection(bool Totals, bool Groups, IReadOnlySet<(string Operation, string Field)> Values)
{
    private static readonly string[] Operations = ["sum", "avg", "min", "max"];

    public static AggregateSelection Of(IResolveFieldContext context) => Of(context.FieldAst, context.Document);

    /// <summary>The selection of the aggregate field <paramref name="aggregate"/> in <paramref name="document"/>.</summary>
    public static AggregateSelection Of(GraphQLField aggregate, GraphQLDocument document)
    {
        var values = new HashSet<(string, string)>();
        var totals = false;
        var groups = false;
        foreach (var field in Fields(aggregate.SelectionSet, document))
        {
            switch (field.Name.StringValue)
            {
                case "groups":
                    groups = true;
                    foreach (var inGroup in Fields(field.SelectionSet, document))
                    {
                        Collect(inGroup, document, values);
                    }

                    break;
                case "count":
                    totals = true;
                    break;
                default:
                    totals |= Collect(field, document, values);
                    break;
            }
        }

        return new AggregateSelection(totals, groups, values);
    }

    /// <summary>
    /// The aggregates the statement reads, in the order of <see cref="AggregateRow.Values"/>: an average is read as
    /// its sum and its count of values (the row count where the field is never null), so totals can be added up from groups exactly and averages agree everywhere;
    /// a sum of a field that may be null also reads that count, so a sum of no value is null.
    /// </summary>
    public IReadOnlyList<AggregatePlan> Plan(QueryModel model) =>
    [
        .. AggregateQuery.Plan(model)
            .Where(p => Values.Contains((p.Operation, p.Field.Name)))
            .SelectMany(p => p.Operation is not ("avg" or "sum") ? [p]
                : MayBeNull(p.Field) ? [p with { Operation = "sum" }, p with { Operation = "count" }]
                : new[] { p with { Operation = "sum" } })
            .Distinct(),
    ];

    private static bool MayBeNull(QueryField field) =>
        field.OptIn.Member.ReturnType is var type && (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null);

    /// <summary>Records <c>sum { a b }</c> as <c>(sum, a), (sum, b)</c>; whether the field was an aggregate function.</summary>
    private static bool Collect(GraphQLField field, GraphQLDocument document, HashSet<(string, string)> values)
    {
        var operation = field.Name.StringValue;
        if (!Operations.Contains(operation))
        {
            return operation == "count";
        }

        foreach (var value in Fields(field.SelectionSet, document))
        {
            values.Add((operation, value.Name.StringValue));
        }

        return true;
    }

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selections, GraphQLDocument document)
    {
        foreach (var selection in selections?.Selections ?? [])
        {
            IEnumerable<GraphQLField> fields = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Fields(inline.SelectionSet, document),
                GraphQLFragmentSpread spread => Fields(
                    document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name)?.SelectionSet,
                    document),
                _ => [],
            };
            foreach (var field in fields)
            {
                yield return field;
            }
        }
    }
}
