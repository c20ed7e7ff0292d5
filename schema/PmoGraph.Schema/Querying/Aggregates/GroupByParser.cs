using System.Linq.Expressions;
using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>Reads a <c>groupBy</c> argument (a list of <c>{Type}GroupByInput</c>) into key paths over the root row.</summary>
internal static class GroupByParser
{
    public static IReadOnlyList<GroupKeyPath> Parse(QueryModel model, ParameterExpression row, object? groupBy)
    {
        var keys = new List<GroupKeyPath>();
        if (groupBy is not null)
        {
            foreach (var (item, i) in QueryExpressions.Items(groupBy).Select((item, i) => (item, i)))
            {
                Collect(row, row, lift: false, model, AsObject(item, $"groupBy[{i}]"), [], keys);
            }
        }

        if (keys.Count > AggregateQuery.MaxGroupKeys)
        {
            throw Invalid($"An aggregate can group by at most {AggregateQuery.MaxGroupKeys} fields; {keys.Count} were given.");
        }

        return keys;
    }

    private static void Collect(
        ParameterExpression row, Expression instance, bool lift, QueryModel model, IDictionary<string, object?> input, List<string> prefix, List<GroupKeyPath> keys)
    {
        foreach (var (name, value) in input)
        {
            if (value is null or false)
            {
                continue;
            }

            List<string> path = [.. prefix, name];
            var field = model.Find(name) ?? throw Invalid($"'{string.Join('.', path)}' is not a field to group by.");
            var member = ParameterReplacer.Apply(field.OptIn.Member, instance);
            switch (field.OptIn.Kind)
            {
                case QueryFieldKind.Reference:
                    // Past a navigation the row may be missing: value columns become nullable.
                    Collect(row, member, lift: true, QueryModel.Of(field.OptIn.GraphType!), AsObject(value, string.Join('.', path)), path, keys);
                    break;
                case QueryFieldKind.Scalar:
                    if (lift && member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null)
                    {
                        member = Expression.Convert(member, typeof(Nullable<>).MakeGenericType(member.Type));
                    }

                    keys.Add(new GroupKeyPath(path, Expression.Lambda(member, row)));
                    break;
                default:
                    throw Invalid($"'{string.Join('.', path)}' is a list; group by its fields from its own aggregate.");
            }
        }
    }

    private static IDictionary<string, object?> AsObject(object? value, string path) =>
        QueryExpressions.AsObject(value, path, Invalid, "a group-by input object");

    private static ExecutionError Invalid(string message) => new(message) { Code = QueryErrorCodes.InvalidGroupBy };
}
