using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Security;

/// <summary>
/// A viewer reads no financial or people field: selecting one, or filtering or sorting by one (which would reveal it
/// as surely), fails the document with <c>AUTH_NOT_AUTHORIZED</c> naming the field.
/// </summary>
internal sealed class SensitiveFieldRule : ValidationRuleBase
{
    public static readonly SensitiveFieldRule Instance = new();

    // The suffixes of the types the query engine derives from a graph type, whose fields are named after its fields.
    // {Type}Aggregate and {Type}AggregateGroup are not among them: a count is no more sensitive than totalCount.
    private static readonly string[] Derived =
        ["SumAggregate", "AvgAggregate", "MinMaxAggregate", "GroupKey", "GroupByInput", "FilterInput", "SortInput"];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Caller.RoleOf(context.User) == PmoRoles.Viewer
            ? new(new NodeVisitors(
                new MatchingNodeVisitor<GraphQLField>((field, ctx) => CheckField(field, ctx)),
                new MatchingNodeVisitor<GraphQLObjectField>((field, ctx) => CheckInputField(field, ctx))))
            : default;
    }

    private static void CheckField(GraphQLField node, ValidationContext context)
    {
        // The parent comes wrapped (a list or non-null of the object type) when the field sits under a list.
        var parent = context.TypeInfo.GetParentType()?.GetNamedType();
        if (context.TypeInfo.GetFieldDef() is not { } field)
        {
            return;
        }

        var kind = SensitiveFieldExtensions.SensitivityOf(field)
            ?? SensitivityOf(context.Schema, parent, field.Name)
            ?? SensitivityOf(context.Schema, field.ResolvedType?.GetNamedType(), null);
        if (kind is { } k)
        {
            Refuse(context, node, parent is null ? field.Name : $"{parent.Name}.{field.Name}", k);
        }
    }

    private static void CheckInputField(GraphQLObjectField node, ValidationContext context)
    {
        // Filter, sort and groupBy inputs name their fields after the graph type's: ProjectFilterInput.budgetAtCompletion.
        if (context.TypeInfo.GetInputType(1)?.GetNamedType() is not { } input
            || Derived.FirstOrDefault(s => input.Name.EndsWith(s, StringComparison.Ordinal)) is not { } suffix
            || !suffix.EndsWith("Input", StringComparison.Ordinal))
        {
            return;
        }

        var name = node.Name.StringValue;
        if (SensitivityOf(context.Schema, input, name) is { } k)
        {
            Refuse(context, node, $"{input.Name[..^suffix.Length]}.{name}", k);
        }
    }

    /// <summary>
    /// The sensitivity of a type, or of one of its fields: a type the engine derives from a graph type
    /// (<c>ProjectSumAggregate</c>, <c>ProjectGroupKey</c>, <c>ProjectFilterInput</c>, ...) takes the marks of that
    /// graph type and of its field of the same name, so an aggregate, a group key or a filter reveals no more than the
    /// field itself would.
    /// </summary>
    private static SensitiveData? SensitivityOf(ISchema schema, IGraphType? type, string? fieldName)
    {
        if (type is null)
        {
            return null;
        }

        var name = type.Name ?? string.Empty;
        var source = Derived.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix
            && schema.AllTypes[name[..^suffix.Length]] is IComplexGraphType derivedFrom
                ? derivedFrom
                : type;
        if (SensitiveFieldExtensions.SensitivityOf(source) is { } kind)
        {
            return kind;
        }

        if (fieldName is null || ReferenceEquals(source, type) || source is not IComplexGraphType complex || complex.GetField(fieldName) is not { } field)
        {
            return null;
        }

        return SensitiveFieldExtensions.SensitivityOf(field) ?? SensitiveFieldExtensions.SensitivityOf(field.ResolvedType?.GetNamedType());
    }

    private static void Refuse(ValidationContext context, ASTNode node, string field, SensitiveData kind) =>
        context.ReportError(new ValidationError(
            context.Document.Source, null, $"The viewer role may not read '{field}' ({kind.ToString().ToLowerInvariant()} data).", node)
        {
            Code = SecurityErrorCodes.NotAuthorized,
        });
}
