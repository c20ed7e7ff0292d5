using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>The validated paging arguments of a connection field; cursors are decoded against the ordering later.</summary>
internal sealed record PageRequest(int Size, bool FromEnd, string? After, string? Before)
{
    public static PageRequest From(IResolveFieldContext context, PagingOptions options)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            throw Invalid("Pass either 'first' or 'last', not both.");
        }

        if (first < 0 || last < 0)
        {
            throw Invalid("'first' and 'last' cannot be negative.");
        }

        var size = first ?? last ?? options.DefaultPageSize;
        if (size > options.MaxPageSize)
        {
            var error = new ExecutionError(
                $"A page can hold at most {options.MaxPageSize} items; {size} were requested.")
            { Code = QueryErrorCodes.PageSizeExceeded };
            error.Data["maxPageSize"] = options.MaxPageSize;
            error.Data["requested"] = size;
            throw error;
        }

        return new PageRequest(size, last is not null, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"));
    }

    private static ExecutionError Invalid(string message) => new(message) { Code = QueryErrorCodes.InvalidPaging };
}
