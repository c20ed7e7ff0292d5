using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>The validated <c>skip</c>/<c>take</c> arguments of an offset-paged field.</summary>
internal sealed record OffsetRequest(int Skip, int Take)
{
    public static OffsetRequest From(IResolveFieldContext context, PagingOptions options)
    {
        var skip = context.GetArgument<int?>("skip") ?? 0;
        var take = context.GetArgument<int?>("take") ?? options.DefaultPageSize;
        if (skip < 0 || take < 0)
        {
            throw new ExecutionError("'skip' and 'take' cannot be negative.") { Code = QueryErrorCodes.InvalidOffsetPaging };
        }

        if (take > options.MaxPageSize)
        {
            var error = new ExecutionError($"A page can hold at most {options.MaxPageSize} items; {take} were requested.") { Code = QueryErrorCodes.PageSizeExceeded };
            error.Data["maxPageSize"] = options.MaxPageSize;
            error.Data["requested"] = take;
            throw error;
        }

        return new OffsetRequest(skip, take);
    }
}
