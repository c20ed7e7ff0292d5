using System.Globalization;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// Checks the arguments of every collection and aggregate field in the document, root or nested, while the document is
/// validated, as the engine will read them: page sizes, <c>first</c> with <c>last</c>, cursors against the ordering,
/// <c>where</c> (operands, list lengths), <c>order</c> and <c>groupBy</c>. A bad one is an error with a code before any
/// resolver or SQL runs, whatever else the document does. The size of those three arguments over the whole document
/// is checked first (<see cref="FilteringOptions.MaxNodes"/>), and past it nothing is built from them. Literal page sizes are checked with the document (so they win
/// over the cost limit, which counted the page asked for); the rest once the variables are parsed. One instance serves
/// one validation.
/// </summary>
public sealed class QueryArgumentsRule(PagingOptions paging, FilteringOptions filtering) : ValidationRuleBase
{
    /// <summary>The page codes; a document with one of them is answered with it alone among the limits.</summary>
    public static readonly IReadOnlySet<string> PageCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        QueryErrorCodes.PageSizeExceeded, QueryErrorCodes.InvalidPaging, QueryErrorCodes.InvalidOffsetPaging,
    };

    private readonly List<(GraphQLField Node, FieldType Field, Type NodeGraph)> _fields = [];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((node, ctx) =>
        {
            if (ctx.TypeInfo.GetFieldDef() is not { } field || field.GetMetadata<Type?>(QueryFieldOptIn.NodeGraphKey) is not { } nodeGraph
                || field.Arguments?.Find("where") is null)
            {
                return;
            }

            _fields.Add((node, field, nodeGraph));
            foreach (var argument in node.Arguments?.Items ?? [])
            {
                if (argument.Value is GraphQLIntValue literal && IsPageSize(field, argument.Name.StringValue)
                    && int.TryParse(literal.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size))
                {
                    Report(ctx, node, () => CheckSize(argument.Name.StringValue, size));
                }
            }
        }));

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ArgumentValues is not { } values)
        {
            return default;
        }

        if (OverBudget(values) is { } over)
        {
            // Nothing is built from a request past the budget: building and translating a huge or deep condition is
            // the work the budget is there to prevent.
            Report(context, over, () => FilterLimits.CheckNodes(filtering.MaxNodes + 1, filtering));
            return default;
        }

        var checkedFields = new HashSet<(GraphQLField, FieldType)>();
        foreach (var (node, field, nodeGraph) in _fields)
        {
            if (checkedFields.Add((node, field)) && values.TryGetValue(node, out var arguments))
            {
                Report(context, node, () => Check(field, QueryModel.Of(nodeGraph), arguments));
            }
        }

        return default;
    }

    /// <summary>
    /// The field at which the <c>where</c>, <c>order</c> and <c>groupBy</c> values of the whole document, literal or
    /// variable, pass <see cref="FilteringOptions.MaxNodes"/> together; null while they fit.
    /// </summary>
    private GraphQLField? OverBudget(Dictionary<GraphQLField, IDictionary<string, ArgumentValue>> values)
    {
        var nodes = 0;
        var counted = new HashSet<GraphQLField>();
        foreach (var (node, _, _) in _fields)
        {
            if (!counted.Add(node) || !values.TryGetValue(node, out var arguments))
            {
                continue;
            }

            foreach (var name in (ReadOnlySpan<string>)["where", "order", "groupBy"])
            {
                if (arguments.TryGetValue(name, out var argument))
                {
                    nodes += FilterLimits.Nodes(argument.Value, filtering.MaxNodes - nodes);
                    if (nodes > filtering.MaxNodes)
                    {
                        return node;
                    }
                }
            }
        }

        return null;
    }

    private static bool IsPageSize(FieldType field, string argument) =>
        argument is "first" or "last" or "skip" or "take" && field.Arguments?.Find(argument) is not null;

    private void CheckSize(string argument, int size)
    {
        if (argument is "skip" or "take")
        {
            _ = OffsetRequest.From(argument == "skip" ? size : null, argument == "take" ? size : null, paging);
        }
        else
        {
            _ = PageRequest.From(argument == "first" ? size : null, argument == "last" ? size : null, null, null, paging);
        }
    }

    /// <summary>Reads the field's arguments as its resolver will, raising the error the resolver would.</summary>
    private void Check(FieldType field, QueryModel model, IDictionary<string, ArgumentValue> arguments)
    {
        object? Value(string name) => arguments.TryGetValue(name, out var value) ? value.Value : null;
        bool Has(string name) => field.Arguments?.Find(name) is not null;

        var page = Has("first") && Has("last")
            ? PageRequest.From((int?)Value("first"), (int?)Value("last"), (string?)Value("after"), (string?)Value("before"), paging)
            : null;
        if (Has("skip") && Has("take"))
        {
            _ = OffsetRequest.From((int?)Value("skip"), (int?)Value("take"), paging);
        }

        _ = ConnectionArguments.Translatable(() =>
        {
            if (Value("where") is IDictionary<string, object?> where)
            {
                FilterLimits.Check(where, filtering);
                _ = FilterExpressionBuilder.Build(model, model.EntityType, where);
            }

            if (Has("order"))
            {
                var order = SortOrder.Parse(model, Value("order"));
                _ = order.Decode(page?.After, "after");
                _ = order.Decode(page?.Before, "before");
            }

            return Has("groupBy") ? GroupByParser.Parse(model, Expression.Parameter(model.EntityType, "e"), Value("groupBy")) : null;
        });
    }

    private static void Report(ValidationContext context, GraphQLField node, Action check)
    {
        try
        {
            check();
        }
        catch (ExecutionError error)
        {
            var reported = new ValidationError(context.Document.Source, null, error.Message, node) { Code = error.Code };
            foreach (var key in error.Data.Keys)
            {
                reported.Data[key] = error.Data[key];
            }

            context.ReportError(reported);
        }
    }
}
