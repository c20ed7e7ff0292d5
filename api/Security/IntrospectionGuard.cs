using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace PmoGraph.Api.Security;

/// <summary>
/// The limit on introspection, in place of the data limits (as HotChocolate's introspection rules): along any path an
/// operation may nest <c>ofType</c> at most <c>MaxIntrospectionOfTypeDepth</c> times, and ask at most
/// <c>MaxIntrospectionTypeLists</c> times for a type's fields, input fields, interfaces or possible types (asking again
/// below one of them is a cycle through the schema whose answer grows with each turn); <c>__schema</c> and each list
/// of introspection items are selected under one response name only. Checked before execution.
/// </summary>
internal sealed class IntrospectionGuard(int maxOfTypeDepth, int maxTypeLists) : ValidationRuleBase
{
    /// <summary>The fields of <c>__Type</c> that lead to more types, each with its own lists.</summary>
    private static readonly HashSet<string> TypeLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    /// <summary>The introspection fields that answer lists (repeating one under aliases repeats the whole list).</summary>
    private static readonly HashSet<string> Lists = ["types", "directives", "fields", "args", "inputFields", "interfaces", "possibleTypes", "enumValues", "locations"];

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        // After the core rules, as the engine's complexity rule: a document with errors (a fragment cycle among them) is
        // refused anyway, and a valid one expands to a bounded number of fields (Limits:MaxExpandedFields).
        if (!context.HasErrors && context.Operation is { Operation: OperationType.Query } operation && context.Schema.Query is { } query)
        {
            var roots = Collect(operation.SelectionSet, context, query.Name).Where(IntrospectionSelections.IsRoot).ToList();
            // Stops at the first error: one is enough to refuse the document.
            if (!Repeated(roots, context))
            {
                foreach (var root in roots)
                {
                    if (root.SelectionSet is { } selections && !Within(selections, context, ofType: 0, typeLists: 0))
                    {
                        break;
                    }
                }
            }
        }

        return default;
    }

    /// <summary>Checks a selection inside introspection; false once it has reported an error.</summary>
    private bool Within(GraphQLSelectionSet selections, ValidationContext context, int ofType, int typeLists)
    {
        var fields = Collect(selections, context, typeName: null).ToList();
        if (Repeated(fields, context))
        {
            return false;
        }

        foreach (var field in fields)
        {
            if (field.SelectionSet is not { } children)
            {
                continue;
            }

            var name = field.Name.StringValue;
            var nestedOfType = name == "ofType" ? ofType + 1 : ofType;
            var nestedTypeLists = TypeLists.Contains(name) ? typeLists + 1 : typeLists;
            if (nestedOfType > maxOfTypeDepth)
            {
                return Report(context, field, $"The introspection query nests ofType more than {maxOfTypeDepth} levels deep.");
            }

            if (nestedTypeLists > maxTypeLists)
            {
                return Report(context, field,
                    $"The introspection query asks for {name} below another type's fields, inputFields, interfaces or possibleTypes; at most {maxTypeLists} such level(s) are allowed.");
            }

            if (!Within(children, context, nestedOfType, nestedTypeLists))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reports a list (or <c>__schema</c>) selected under more than one response name in one selection.</summary>
    private static bool Repeated(List<GraphQLField> fields, ValidationContext context)
    {
        foreach (var group in fields.GroupBy(f => f.Name.StringValue))
        {
            if ((group.Key == "__schema" || Lists.Contains(group.Key))
                && group.Select(f => (f.Alias?.Name ?? f.Name).StringValue).Distinct(StringComparer.Ordinal).Skip(1).Any())
            {
                Report(context, group.Last(), $"The introspection query selects {group.Key} under more than one name.");
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The fields a selection set selects, looking through its fragments; at the query root (<paramref name="typeName"/>
    /// given) only through those on the root type.
    /// </summary>
    private static IEnumerable<GraphQLField> Collect(GraphQLSelectionSet selections, ValidationContext context, string? typeName)
    {
        foreach (var selection in selections.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline when Applies(inline.TypeCondition, typeName) => Collect(inline.SelectionSet, context, typeName),
                GraphQLFragmentSpread spread when context.Document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                    && Applies(fragment.TypeCondition, typeName) => Collect(fragment.SelectionSet, context, typeName),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }

    private static bool Applies(GraphQLTypeCondition? condition, string? typeName) =>
        typeName is null || condition is null || condition.Type.Name.StringValue == typeName;

    private static bool Report(ValidationContext context, ASTNode node, string message)
    {
        context.ReportError(new ValidationError(context.Document.Source, null, message, node) { Code = SecurityErrorCodes.IntrospectionTooComplex });
        return false;
    }
}
