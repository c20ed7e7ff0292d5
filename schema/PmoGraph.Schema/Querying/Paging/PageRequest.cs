using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>The validated paging arguments of a connection field; cursors are decoded against the ordering later.</summary>
internal sealed record PageRequest(int Size, bool FromEnd, string? After, string? Before)
{
    /// <summary>
    /// Whether the page reads one row past its size, to tell whether more rows follow (<c>hasNextPage</c>, or
    /// <c>hasPreviousPage</c> reading from the end). True unless the engine knows that flag is not selected.
    /// </summary>
    public bool LooksAhead { get; init; } = true;

    /// <summary>Whether <c>totalCount</c> is selected, so the page's statement counts the rows too.</summary>
    public bool WithTotal { get; init; }

    /// <summary>The rows the page's statement reads: its size, plus one when it looks ahead.</summary>
    public int ReadSize => LooksAhead ? Size + 1 : Size;

    /// <summary>
    /// This request shaped by <paramref name="connectionSelection"/> (the selection of the connection field, fragments
    /// merged): reading one row past its size only when the flag that row answers is selected, and counting the rows
    /// when <c>totalCount</c> is.
    /// </summary>
    public PageRequest For(ProjectionScope scope, IReadOnlyList<SelectedField> connectionSelection)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(connectionSelection);
        var flag = FromEnd ? "hasPreviousPage" : "hasNextPage";
        return this with
        {
            LooksAhead = connectionSelection.Where(f => f.Name == "pageInfo").SelectMany(scope.ChildrenOf).Any(f => f.Name == flag),
            WithTotal = connectionSelection.Any(f => f.Name == "totalCount"),
        };
    }

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
