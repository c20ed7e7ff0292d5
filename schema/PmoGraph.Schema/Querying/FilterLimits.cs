using System.Collections;
using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>Checks a <c>where</c> argument against <see cref="FilteringOptions"/> before it is translated.</summary>
internal static class FilterLimits
{
    public static void Check(object? where, FilteringOptions options, string path = "where")
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

                    Check(value, options, $"{path}.{name}");
                }

                break;
            case IEnumerable items and not string:
                var index = 0;
                foreach (var item in items)
                {
                    Check(item, options, $"{path}[{index++}]");
                }

                break;
        }
    }
}
