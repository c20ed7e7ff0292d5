using System.Globalization;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Checks the page sizes of every paged field in the document, root or nested, while the document is validated:
/// a negative page, or one past <see cref="PagingOptions.MaxPageSize"/>, is an error with a code and the allowed
/// number before any resolver or SQL runs, whatever else the document does. Literal values are checked with the
/// document, values from variables once the variables are parsed. One instance serves one validation.
/// </summary>
public sealed class PageArgumentsRule(PagingOptions options) : ValidationRuleBase
{
    /// <summary>The codes this rule reports; a document with one of them is answered with it alone among the limits.</summary>
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        QueryErrorCodes.PageSizeExceeded, QueryErrorCodes.InvalidPaging, QueryErrorCodes.InvalidOffsetPaging,
    };

    private readonly List<GraphQLField> _pagedFields = [];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (!IsPaged(ctx.TypeInfo.GetFieldDef()))
            {
                return;
            }

            _pagedFields.Add(field);
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                if (argument.Value is GraphQLIntValue literal
                    && int.TryParse(literal.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size))
                {
                    Check(ctx, field, argument.Name.StringValue, size);
                }
            }
        }));

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ArgumentValues is { } values)
        {
            foreach (var field in _pagedFields)
            {
                foreach (var argument in field.Arguments?.Items ?? [])
                {
                    if (argument.Value is GraphQLVariable && values.TryGetValue(field, out var parsed)
                        && parsed.TryGetValue(argument.Name.StringValue, out var value) && value.Value is int size)
                    {
                        Check(context, field, argument.Name.StringValue, size);
                    }
                }
            }
        }

        return default;
    }

    /// <summary>A connection field (<c>first</c> and <c>last</c>) or an offset-paged one (<c>skip</c> and <c>take</c>).</summary>
    private static bool IsPaged(FieldType? field) =>
        field?.Arguments is { } arguments
        && ((arguments.Find("first") is not null && arguments.Find("last") is not null)
            || (arguments.Find("skip") is not null && arguments.Find("take") is not null));

    private void Check(ValidationContext context, GraphQLField field, string argument, int size)
    {
        var error = argument switch
        {
            "first" or "last" when size < 0 => Error(context, field, QueryErrorCodes.InvalidPaging, "'first' and 'last' cannot be negative."),
            "skip" or "take" when size < 0 => Error(context, field, QueryErrorCodes.InvalidOffsetPaging, "'skip' and 'take' cannot be negative."),
            "first" or "last" or "take" when size > options.MaxPageSize => Error(
                context, field, QueryErrorCodes.PageSizeExceeded, $"A page can hold at most {options.MaxPageSize} items; {size} were requested."),
            _ => null,
        };
        if (error is null)
        {
            return;
        }

        if (error.Code == QueryErrorCodes.PageSizeExceeded)
        {
            error.Data["maxPageSize"] = options.MaxPageSize;
            error.Data["requested"] = size;
        }

        context.ReportError(error);
    }

    private static ValidationError Error(ValidationContext context, GraphQLField field, string code, string message) =>
        new(context.Document.Source, null, message, field) { Code = code };
}
