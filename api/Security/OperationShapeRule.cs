using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace PmoGraph.Api.Security;

/// <summary>
/// Limits on the document's shape that the cost limit does not see: aliases (each one a repeat of a field's work)
/// and fields at the root of an operation; and, where it is switched off, introspection.
/// </summary>
internal sealed class OperationShapeRule(int maxAliases, int maxRootFields, bool introspection) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = 0;
        return new(new NodeVisitors(
            new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
            {
                if (field.Alias is not null && ++aliases == maxAliases + 1)
                {
                    Report(ctx, field, SecurityErrorCodes.TooManyAliases, $"The document uses more than {maxAliases} aliases.");
                }

                var name = field.Name.StringValue;
                if (!introspection && name is "__schema" or "__type")
                {
                    Report(ctx, field, SecurityErrorCodes.IntrospectionDisabled, "Introspection is switched off on this server.");
                }
            }),
            new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, ctx) =>
            {
                var rootFields = CountFields(operation.SelectionSet, ctx, depth: 0);
                if (rootFields > maxRootFields)
                {
                    Report(ctx, operation, SecurityErrorCodes.TooManyRootFields,
                        $"The operation selects {rootFields} root fields; at most {maxRootFields} are allowed.");
                }
            })));
    }

    /// <summary>The fields a selection set selects directly, looking through fragments (not too far: cycles are another rule's).</summary>
    private static int CountFields(GraphQLSelectionSet selections, ValidationContext context, int depth)
    {
        if (depth > 8)
        {
            return 0;
        }

        var count = 0;
        foreach (var selection in selections.Selections)
        {
            count += selection switch
            {
                GraphQLField => 1,
                GraphQLInlineFragment inline => CountFields(inline.SelectionSet, context, depth + 1),
                GraphQLFragmentSpread spread when context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                    => CountFields(fragment.SelectionSet, context, depth + 1),
                _ => 0,
            };
        }

        return count;
    }

    private static void Report(ValidationContext context, ASTNode node, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, null, message, node) { Code = code });
}
