using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>The validated paging arguments of a connection field; cursors are decoded against the ordering later.</summary>
internal sealed record PageRequest(int Size, bool FromEnd, string? After, string? Before)
{
    public static PageRequest From(IResolveFieldContext context, PagingOptions options) =>
        From(context.GetArgument<int?>("first"), context.GetArgument<int?>("last"), context.GetArgument<string?>("after"), context.GetArgument<string?>("before"), options);

    /// <summary>Checks the arguments: <c>first</c> and <c>last</c> exclusive, neither negative nor past the maximum.</summary>
    public static PageRequest From(int? first, int? last, string? after, string? before, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
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
            throw TooLarge(size, options);
        }

        return new PageRequest(size, last is not null, after, before);
    }

    /// <summary>A <c>PAGE_SIZE_EXCEEDED</c> error naming the allowed and the requested sizes.</summary>
    public static ExecutionError TooLarge(int size, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var error = new ExecutionError($"A page can hold at most {options.MaxPageSize} items; {size} were requested.") { Code = QueryErrorCodes.PageSizeExceeded };
        error.Data["maxPageSize"] = options.MaxPageSize;
        error.Data["requested"] = size;
        return error;
    }

    private static ExecutionError Invalid(string message) => new(message) { Code = QueryErrorCodes.InvalidPaging };
}
