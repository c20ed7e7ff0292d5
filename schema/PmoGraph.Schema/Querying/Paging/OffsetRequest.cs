using GraphQL;

namespace PmoGraph.Schema.Querying;

/// <summary>The validated <c>skip</c>/<c>take</c> arguments of an offset-paged field.</summary>
internal sealed record OffsetRequest(int Skip, int Take)
{
    public static OffsetRequest From(IResolveFieldContext context, PagingOptions options) =>
        From(context.GetArgument<int?>("skip"), context.GetArgument<int?>("take"), options);

    /// <summary>Checks the arguments: neither negative, <c>take</c> not past the maximum.</summary>
    public static OffsetRequest From(int? skip, int? take, PagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (from, size) = (skip ?? 0, take ?? options.DefaultPageSize);
        if (from < 0 || size < 0)
        {
            throw new ExecutionError("'skip' and 'take' cannot be negative.") { Code = QueryErrorCodes.InvalidOffsetPaging };
        }

        if (size > options.MaxPageSize)
        {
            throw PageRequest.TooLarge(size, options);
        }

        return new OffsetRequest(from, size);
    }
}
