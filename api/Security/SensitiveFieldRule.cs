using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Security;

/// <summary>
/// A viewer reads no financial or people field: selecting one or an aggregate of one, or filtering, sorting or
/// grouping by one (which would reveal it as surely), fails the document with <c>AUTH_NOT_AUTHORIZED</c> naming the field.
/// </summary>
internal sealed class SensitiveFieldRule : ValidationRuleBase
{
    public static readonly SensitiveFieldRule Instance = new();

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
        var parent = context.TypeInfo.GetParentType();
        if (context.TypeInfo.GetFieldDef() is not { } field)
        {
            return;
        }

        var kind = SensitiveFieldExtensions.SensitivityOf(field)
            ?? SensitiveFieldExtensions.SensitivityOf(parent)
            ?? SensitiveFieldExtensions.SensitivityOf(field.ResolvedType?.GetNamedType());
        if (kind is { } k)
        {
            Refuse(context, node, parent is null ? field.Name : $"{parent.Name}.{field.Name}", k);
        }
    }

    private static void CheckInputField(GraphQLObjectField node, ValidationContext context)
    {
        // Filter, sort and group-by inputs name their fields after the graph type's: ProjectFilterInput.budgetAtCompletion.
        if (context.TypeInfo.GetInputType(1)?.GetNamedType() is not { } input)
        {
            return;
        }

        var typeName = input.Name.EndsWith("FilterInput", StringComparison.Ordinal) ? input.Name[..^"FilterInput".Length]
            : input.Name.EndsWith("SortInput", StringComparison.Ordinal) ? input.Name[..^"SortInput".Length]
            : input.Name.EndsWith("GroupByInput", StringComparison.Ordinal) ? input.Name[..^"GroupByInput".Length]
            : null;
        if (typeName is null || context.Schema.AllTypes[typeName] is not IComplexGraphType type)
        {
            return;
        }

        var name = node.Name.StringValue;
        var field = type.GetField(name);
        var kind = SensitiveFieldExtensions.SensitivityOf(type)
            ?? (field is null ? null : SensitiveFieldExtensions.SensitivityOf(field) ?? SensitiveFieldExtensions.SensitivityOf(field.ResolvedType?.GetNamedType()));
        if (kind is { } k)
        {
            Refuse(context, node, $"{type.Name}.{name}", k);
        }
    }

    private static void Refuse(ValidationContext context, ASTNode node, string field, SensitiveData kind) =>
        context.ReportError(new ValidationError(
            context.Document.Source, null, $"The viewer role may not read '{field}' ({kind.ToString().ToLowerInvariant()} data).", node)
        {
            Code = SecurityErrorCodes.NotAuthorized,
        });
}
