using System.Globalization;
using System.Linq.Expressions;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Turns an aggregate field's selection into one statement and its rows into results, for a root aggregate (one
/// result) or a nested one (one result per parent, the parent's key leading the <c>GROUP BY</c>). When both totals
/// and groups are selected, the totals are added up from the groups: counts and sums add, minimums and maximums
/// compare, and averages are a sum over a count of values, so they stay exact.
/// </summary>
internal static class AggregateComputation
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;

    /// <summary>Aggregates of no rows: a count of zero and no values.</summary>
    public static AggregateResult Empty(AggregateSelection selection) => new(Values(ValueSlots(selection, []), null), []);

    /// <summary>
    /// The aggregates of <paramref name="rows"/>, keyed by the value of <paramref name="parent"/> (an <c>int?</c>
    /// lambda over <paramref name="row"/>), or under key 0 when it is null. Keys with no rows are absent.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, AggregateResult>> ComputeAsync<TEntity>(
        IQueryable<TEntity> rows, QueryModel model, ParameterExpression row, LambdaExpression? parent, IReadOnlyList<GroupKeyPath> keys,
        AggregateSelection selection, CancellationToken cancellationToken)
    {
        if (!selection.Totals && !selection.Groups)
        {
            return new Dictionary<int, AggregateResult>();
        }

        var plan = selection.Plan(model);
        LambdaExpression[] lead = parent is null ? [] : [parent];
        LambdaExpression[] grouping = selection.Groups ? [.. lead, .. keys.Select(k => k.Key)] : lead;
        var found = await AggregateQuery.RunAsync(rows, row, grouping, plan, cancellationToken).ConfigureAwait(false);
        return Assemble(found, plan, keys, selection, parent is not null);
    }

    /// <summary>
    /// The results of the statement's rows (<paramref name="found"/>, read for <paramref name="plan"/>), keyed by
    /// their leading parent key when <paramref name="byParent"/>, else under key 0.
    /// </summary>
    public static Dictionary<int, AggregateResult> Assemble(
        IReadOnlyList<AggregateRow> found, IReadOnlyList<AggregatePlan> plan, IReadOnlyList<GroupKeyPath> keys, AggregateSelection selection, bool byParent)
    {
        var results = new Dictionary<int, AggregateResult>();
        var lead = byParent ? 1 : 0;
        var slots = ValueSlots(selection, plan);
        foreach (var rowsOfParent in found.GroupBy(r => byParent ? (int)r.Keys[0]! : 0))
        {
            var groups = selection.Groups
                ? rowsOfParent.Select(r => (Keys: r.Keys[lead..], Row: r)).OrderBy(g => g.Keys, KeyComparer.Instance).ToList()
                : [];
            var totals = selection.Groups ? Combine(plan, groups.Select(g => g.Row)) : rowsOfParent.Single();
            results[rowsOfParent.Key] = new AggregateResult(
                Values(slots, selection.Totals ? totals : null),
                [.. groups.Select(g => new AggregateGroup(Key(keys, g.Keys), Values(slots, g.Row)))]);
        }

        return results;
    }

    /// <summary>The row of the union of <paramref name="rows"/>, which share a plan.</summary>
    private static AggregateRow Combine(IReadOnlyList<AggregatePlan> plan, IEnumerable<AggregateRow> rows)
    {
        var count = 0;
        var values = new object?[plan.Count];
        foreach (var row in rows)
        {
            count += row.Count;
            for (var i = 0; i < plan.Count; i++)
            {
                values[i] = (values[i], row.Values[i]) switch
                {
                    (null, var v) => v,
                    (var v, null) => v,
                    var (a, b) => plan[i].Operation switch
                    {
                        "sum" or "count" => Add(a, b),
                        "min" => Comparer<object>.Default.Compare(a, b) <= 0 ? a : b,
                        _ => Comparer<object>.Default.Compare(a, b) >= 0 ? a : b,
                    },
                };
            }
        }

        return new AggregateRow { Count = count, Values = values };
    }

    private static object Add(object a, object b) => (a, b) switch
    {
        (int x, int y) => x + y,
        (long x, long y) => x + y,
        (decimal x, decimal y) => x + y,
        (double x, double y) => x + y,
        _ => throw new InvalidOperationException($"Cannot add {a.GetType().Name} values."),
    };

    /// <summary>
    /// Where each selected value of <paramref name="selection"/> is read from in a row of <paramref name="plan"/>:
    /// worked out once per statement, not per group.
    /// </summary>
    private static ValueSlot[] ValueSlots(AggregateSelection selection, IReadOnlyList<AggregatePlan> plan)
    {
        int IndexOf(string operation, string field)
        {
            for (var i = 0; i < plan.Count; i++)
            {
                if (plan[i].Operation == operation && plan[i].Field.Name == field)
                {
                    return i;
                }
            }

            return -1;
        }

        return
        [
            .. selection.Values
                .Where(v => v.Operation is "sum" or "avg" or "min" or "max")
                .Select(v => new ValueSlot(v.Operation, v.Field, IndexOf(v.Operation, v.Field), IndexOf("sum", v.Field), IndexOf("count", v.Field))),
        ];
    }

    /// <summary>The selected values of <paramref name="row"/> (no row: a count of zero and nulls).</summary>
    private static AggregateValues Values(ValueSlot[] slots, AggregateRow? row)
    {
        Dictionary<string, object?>? sum = null, avg = null, min = null, max = null;
        if (row is not null)
        {
            foreach (var slot in slots)
            {
                var valueCount = slot.Count >= 0 ? row.Values[slot.Count] : row.Count;
                var value = slot.Operation switch
                {
                    "avg" => Average(slot.Sum >= 0 ? row.Values[slot.Sum] : null, valueCount),
                    // SQL's SUM of no value is null; EF Core's translation coalesces it to 0.
                    "sum" when valueCount is 0 => null,
                    _ => slot.Value >= 0 ? row.Values[slot.Value] : null,
                };
                var values = slot.Operation switch
                {
                    "sum" => sum ??= [],
                    "avg" => avg ??= [],
                    "min" => min ??= [],
                    _ => max ??= [],
                };
                values[slot.Field] = value;
            }
        }

        return new AggregateValues(row?.Count ?? 0, sum ?? NoValues, avg ?? NoValues, min ?? NoValues, max ?? NoValues);
    }

    /// <summary>A sum over a count of values: decimal for decimals (as LINQ averages them), double otherwise.</summary>
    private static object? Average(object? sum, object? count) => (sum, count) switch
    {
        (null, _) or (_, null) or (_, 0) => null,
        (decimal total, int n) => total / n,
        (var total, int n) => Convert.ToDouble(total, CultureInfo.InvariantCulture) / n,
        _ => null,
    };

    /// <summary>Nests the key values by path: <c>sponsor.department.name</c> gives <c>{ sponsor: { department: { name } } }</c>.</summary>
    private static Dictionary<string, object?> Key(IReadOnlyList<GroupKeyPath> keys, object?[] values)
    {
        var root = new Dictionary<string, object?>();
        for (var i = 0; i < keys.Count; i++)
        {
            var level = root;
            var path = keys[i].Path;
            for (var s = 0; s < path.Count - 1; s++)
            {
                var step = path[s];
                if (level.GetValueOrDefault(step) is not Dictionary<string, object?> next)
                {
                    next = [];
                    level[step] = next;
                }

                level = next;
            }

            level[path[^1]] = values[i];
        }

        return root;
    }

    /// <summary>
    /// A selected value: its operation and field, and the row's columns it is read from (-1 when the plan has none):
    /// the value itself, the field's sum (for an average) and its count of values (else the row's count).
    /// </summary>
    private sealed record ValueSlot(string Operation, string Field, int Value, int Sum, int Count);

    /// <summary>Orders group keys value by value, nulls first, text ordinally.</summary>
    private sealed class KeyComparer : IComparer<object?[]>
    {
        public static readonly KeyComparer Instance = new();

        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var order = (x[i], y[i]) switch
                {
                    (null, null) => 0,
                    (null, _) => -1,
                    (_, null) => 1,
                    (string a, string b) => string.CompareOrdinal(a, b),
                    var (a, b) => Comparer<object>.Default.Compare(a, b),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }
    }
}
