using System.Collections;
using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Checks <c>where</c>, <c>order</c> and <c>groupBy</c> values against <see cref="FilteringOptions"/> before anything is
/// built from them: their size as a whole (<see cref="Nodes"/>) and the length of each <c>in</c>/<c>nin</c> list.
/// </summary>
internal static class FilterLimits
{
    /// <summary>Checks one <c>where</c> value: its size, then its lists.</summary>
    public static void Check(object? where, FilteringOptions options)
    {
        CheckNodes(Nodes(where, options.MaxNodes), options);
        CheckLists(where, options, "where");
    }

    /// <summary>
    /// The nodes of a coerced argument value, counting stops just past <paramref name="limit"/>: each field set in an
    /// input object counts one, and so does each object (or null) in a list; scalars in a list (an <c>in</c> list's
    /// values) count nothing more than the field holding them. Walks with its own stack, so no value's depth can
    /// exhaust the thread's.
    /// </summary>
    public static int Nodes(object? value, int limit)
    {
        var nodes = 0;
        var pending = new Stack<object>();
        if (value is not null)
        {
            pending.Push(value);
        }

        while (pending.Count > 0 && nodes <= limit)
        {
            switch (pending.Pop())
            {
                case IDictionary<string, object?> fields:
                    foreach (var (_, field) in fields)
                    {
                        if (field is not null)
                        {
                            nodes++;
                            pending.Push(field);
                        }
                    }

                    break;
                case IEnumerable items and not string:
                    foreach (var item in items)
                    {
                        if (item is null or IDictionary<string, object?>)
                        {
                            nodes++;
                        }

                        if (item is IDictionary<string, object?> or (IEnumerable and not string))
                        {
                            pending.Push(item);
                        }
                    }

                    break;
            }
        }

        return nodes;
    }

    /// <summary>A <c>FILTER_TOO_COMPLEX</c> error when <paramref name="nodes"/> is past the budget.</summary>
    public static void CheckNodes(int nodes, FilteringOptions options)
    {
        if (nodes > options.MaxNodes)
        {
            var error = new ExecutionError(
                $"The where, order and groupBy arguments hold more than {options.MaxNodes} nodes together; simplify them or split the request.")
            { Code = QueryErrorCodes.FilterTooComplex };
            error.Data["maxNodes"] = options.MaxNodes;
            throw error;
        }
    }

    private static void CheckLists(object? where, FilteringOptions options, string path)
    {
        switch (where)
        {
            case IDictionary<string, object?> fields:
                foreach (var (name, value) in fields)
                {
                    if (name is "in" or "nin" && value is ICollection { Count: var count } && count > options.MaxInListLength)
                    {
                        var error = new ExecutionError(
                            $"'{path}.{name}' holds {count} values; a list may hold at most {options.MaxInListLength}.")
                        { Code = QueryErrorCodes.FilterListTooLong };
                        error.Data["maxInListLength"] = options.MaxInListLength;
                        throw error;
                    }

                    CheckLists(value, options, $"{path}.{name}");
                }

                break;
            case IEnumerable items and not string:
                var index = 0;
                foreach (var item in items)
                {
                    CheckLists(item, options, $"{path}[{index++}]");
                }

                break;
        }
    }
}
