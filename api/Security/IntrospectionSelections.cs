using GraphQLParser.AST;

namespace PmoGraph.Api.Security;

/// <summary>
/// Where introspection sits in a document: the <c>__schema</c> and <c>__type</c> fields, which exist only on the query
/// root, directly or through fragments on it. Both the data limits (which leave them out) and
/// <see cref="IntrospectionGuard"/> (which bounds them) find them here.
/// </summary>
internal static class IntrospectionSelections
{
    public static bool IsRoot(GraphQLField field) => field.Name.StringValue is "__schema" or "__type";

    /// <summary>
    /// The document with the introspection fields taken out of <paramref name="operation"/>'s root (and of the query
    /// root's fragments), keeping every other node as it is so the values validation read for them still apply; null
    /// when there is nothing to take out.
    /// </summary>
    public static (GraphQLDocument Document, GraphQLOperationDefinition Operation)? WithoutIntrospection(
        GraphQLDocument document, GraphQLOperationDefinition operation, string queryTypeName)
    {
        if (operation.Operation != OperationType.Query)
        {
            return null;
        }

        var changed = false;
        GraphQLSelectionSet Strip(GraphQLSelectionSet selections)
        {
            var kept = new List<ASTNode>(selections.Selections.Count);
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when IsRoot(field):
                        changed = true;
                        break;
                    case GraphQLInlineFragment inline when OnQueryRoot(inline.TypeCondition, queryTypeName):
                        kept.Add(new GraphQLInlineFragment(Strip(inline.SelectionSet))
                        {
                            TypeCondition = inline.TypeCondition,
                            Directives = inline.Directives,
                            Location = inline.Location,
                        });
                        break;
                    default:
                        kept.Add(selection);
                        break;
                }
            }

            return new GraphQLSelectionSet(kept) { Location = selections.Location };
        }

        var stripped = new GraphQLOperationDefinition(Strip(operation.SelectionSet))
        {
            Operation = operation.Operation,
            Name = operation.Name,
            Variables = operation.Variables,
            Directives = operation.Directives,
            Location = operation.Location,
        };
        var definitions = new List<ASTNode>(document.Definitions.Count);
        foreach (var definition in document.Definitions)
        {
            definitions.Add(definition switch
            {
                _ when ReferenceEquals(definition, operation) => stripped,
                GraphQLFragmentDefinition fragment when OnQueryRoot(fragment.TypeCondition, queryTypeName) =>
                    new GraphQLFragmentDefinition(fragment.FragmentName, fragment.TypeCondition, Strip(fragment.SelectionSet))
                    {
                        Directives = fragment.Directives,
                        Location = fragment.Location,
                    },
                _ => definition,
            });
        }

        return changed ? (new GraphQLDocument(definitions) { Location = document.Location }, stripped) : null;
    }

    private static bool OnQueryRoot(GraphQLTypeCondition? condition, string queryTypeName) =>
        condition is null || condition.Type.Name.StringValue == queryTypeName;
}
