using System.Linq.Expressions;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Aggregate fields on the compiled path: the executor's own aggregate statement (<see cref="AggregateQuery.Build"/>
/// over the level's readable rows, filtered and grouped as its resolver does), embedded as the JSON array of its
/// rows; a nested aggregate is correlated to its parent row like a nested connection. The rows are decoded into
/// <see cref="AggregateRow"/>s and assembled by <see cref="AggregateComputation.Assemble"/>, so totals, groups,
/// averages and their order are computed by the same code on both paths.
/// </summary>
internal sealed partial class ReadPlanExecutor
{
    /// <summary>
    /// The SQL of an aggregate level, or null when the selection computes nothing (only <c>__typename</c>); the
    /// arguments are read and checked either way, as the resolver does.
    /// </summary>
    private string? AggregateSql(
        StatementBuilder builder, object key, AggregateShape shape, GraphQLField field, FieldType definition, string? correlation, string? foreignKey)
    {
        var arguments = Arguments(definition, field);
        var model = QueryModel.Of(shape.NodeGraph);
        var queries = ReadLevel.For(model.EntityType).Aggregate(
            _services, model, arguments.GetValueOrDefault("where"), arguments.GetValueOrDefault("groupBy"), shape.Selection, foreignKey, StatementBuilder.Marker);
        if (!shape.Selection.Totals && !shape.Selection.Groups)
        {
            Record(_aggregates, key, new AggregateLevel(queries.Plan, queries.Keys, []));
            return null;
        }

        EnsureDistinctColumns(queries);
        var grouped = shape.Selection.Groups ? queries.Keys : [];
        List<ColumnDecoder> columns =
        [
            ColumnDecoder.Of(typeof(int), _dialect.IsPostgres),
            .. queries.Plan.Select(p => ValueDecoder(model.EntityType, p)),
            .. grouped.Select(k => KeyDecoder(k.Key)),
        ];
        Record(_aggregates, key, new AggregateLevel(queries.Plan, queries.Keys, columns));
        var select = builder.Sql(queries.Query, correlation);
        return _dialect.Rows(select, [.. columns.Select(c => c.ProviderType)], builder.NextAlias("a"), builder.NextAlias("x"));
    }

    /// <summary>
    /// EF Core projects two equal expressions into one column, which would shift the columns read by position: two
    /// keys of the same column (the same path twice, or a reference's id beside another key, which EF Core may read
    /// from the foreign key) or two values of the same member leave the request to the executor.
    /// </summary>
    private static void EnsureDistinctColumns(AggregateQueries queries)
    {
        var keys = queries.Keys.Select(k => k.Key.Body.ToString()).ToList();
        var values = queries.Plan.Select(p => (p.Operation, p.Field.OptIn.Member.Body.ToString())).ToList();
        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count
            || (queries.Keys.Count > 1 && queries.Keys.Any(k => k.Path.Count > 1 && k.Path[^1] == "id"))
            || values.Distinct().Count() != values.Count)
        {
            throw new NotCompilableException("An aggregate reads one column twice.");
        }
    }

    /// <summary>
    /// How EF Core reads an aggregate value: a count as an int; a sum of whole numbers as a long; a sum of decimals or
    /// doubles and an extreme through the column's own mapping (EF Core gives the aggregate its argument's mapping, and
    /// with it any value converter), a computed field's by its type.
    /// </summary>
    private ColumnDecoder ValueDecoder(Type entity, AggregatePlan plan)
    {
        if (plan.Operation == "count")
        {
            return ColumnDecoder.Of(typeof(int), _dialect.IsPostgres);
        }

        var result = AggregateQuery.ResultType(plan.Operation, plan.Field);
        return result == ScalarGraphTypes.ValueType(plan.Field) && QueryExpressions.OwnMember(plan.Field.OptIn.Member) is { } member
            ? Decoder(entity, member)
            : ColumnDecoder.Of(result, _dialect.IsPostgres);
    }

    /// <summary>A group key is a column of the row or of a row it references, read through that property's mapping.</summary>
    private ColumnDecoder KeyDecoder(LambdaExpression key)
    {
        var body = key.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            body = convert.Operand;
        }

        return body is MemberExpression { Expression: { } owner } member && _db.Model.FindEntityType(owner.Type) is not null
            ? Decoder(owner.Type, member.Member.Name)
            : ColumnDecoder.Of(Nullable.GetUnderlyingType(key.ReturnType) ?? key.ReturnType, _dialect.IsPostgres);
    }

    private static CompiledObject DecodeAggregate(JsonElement value, AggregateShape shape, AggregateLevel level)
    {
        var selection = shape.Selection;
        AggregateResult? result = null;
        if (selection.Totals || selection.Groups)
        {
            var found = new List<AggregateRow>();
            var width = level.Columns.Count;
            var values = level.Plan.Count;
            foreach (var row in value.EnumerateArray())
            {
                if (row.GetArrayLength() != width)
                {
                    throw new NotCompilableException("The aggregate statement's row has other columns than planned.");
                }

                var decoded = new object?[width];
                for (var i = 0; i < width; i++)
                {
                    decoded[i] = level.Columns[i].Decode(row[i]);
                }

                found.Add(new AggregateRow { Count = (int)decoded[0]!, Values = decoded[1..(1 + values)], Keys = decoded[(1 + values)..] });
            }

            result = AggregateComputation.Assemble(found, level.Plan, level.Keys, selection, byParent: false).GetValueOrDefault(0);
        }

        result ??= AggregateComputation.Empty(selection);
        return AggregateObject(shape.Members, result.Totals, result.Groups, null);
    }

    /// <summary>An aggregate's or a group's members; <paramref name="key"/> is the group's key.</summary>
    private static CompiledObject AggregateObject(
        IReadOnlyList<AggregateMember> members, AggregateValues values, IReadOnlyList<AggregateGroup> groups, IReadOnlyDictionary<string, object?>? key)
    {
        var result = new CompiledObject(members.Count);
        foreach (var member in members)
        {
            switch (member)
            {
                case AggregateTypenameMember typename:
                    result.Add(typename.Key, typename.TypeName);
                    break;
                case AggregateCountMember count:
                    result.Add(count.Key, values.Count);
                    break;
                case AggregateFunctionMember function:
                    result.Add(function.Key, Function(function, function.Operation switch
                    {
                        "sum" => values.Sum,
                        "avg" => values.Avg,
                        "min" => values.Min,
                        _ => values.Max,
                    }));
                    break;
                case AggregateGroupsMember list:
                    {
                        var items = new CompiledList(groups.Count);
                        foreach (var group in groups)
                        {
                            items.Add(AggregateObject(list.Members, group.Values, [], group.Key));
                        }

                        result.Add(list.Key, items);
                        break;
                    }

                case AggregateKeyMember groupKey:
                    result.Add(groupKey.Key, Key(groupKey.Shape, key ?? throw new NotCompilableException()));
                    break;
                default:
                    throw new NotCompilableException();
            }
        }

        return result;
    }

    private static CompiledObject Function(AggregateFunctionMember function, IReadOnlyDictionary<string, object?> values)
    {
        var result = new CompiledObject(function.Members.Count);
        foreach (var member in function.Members)
        {
            result.Add(member.Key, member.Field is null ? member.TypeName : Leaf(member.GraphType!, values.GetValueOrDefault(member.Field)));
        }

        return result;
    }

    private static CompiledObject Key(GroupKeyShape shape, IReadOnlyDictionary<string, object?> values)
    {
        var result = new CompiledObject(shape.Members.Count);
        foreach (var member in shape.Members)
        {
            result.Add(member.Key, member switch
            {
                { Field: null } => shape.TypeName,
                { Reference: { } reference } => values.GetValueOrDefault(member.Field) is IReadOnlyDictionary<string, object?> nested ? Key(reference, nested) : null,
                _ => Leaf(member.GraphType!, values.GetValueOrDefault(member.Field)),
            });
        }

        return result;
    }

    /// <summary>A nullable leaf as the executor completes it: null, or the scalar's serialized value (none is its error to report).</summary>
    private static object? Leaf(ScalarGraphType type, object? value) =>
        value is null ? null : type.Serialize(value) ?? throw new NotCompilableException();

    private sealed record AggregateLevel(IReadOnlyList<AggregatePlan> Plan, IReadOnlyList<GroupKeyPath> Keys, IReadOnlyList<ColumnDecoder> Columns);
}
