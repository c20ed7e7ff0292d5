using GraphQL.Validation;
using GraphQLParser.AST;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// A field of a selection set under its response key, with every syntax node merged into it (the same field can be
/// selected twice, directly and through fragments).
/// </summary>
internal sealed record SelectedField(string ResponseKey, string Name, IReadOnlyList<GraphQLField> Nodes)
{
    /// <summary>
    /// The fields of <paramref name="sets"/> by response key, fragments expanded, without the fields and fragments
    /// that <c>@skip</c>/<c>@include</c> leave out (a literal condition, or a variable of <paramref name="variables"/>).
    /// Type conditions are not evaluated: a projection may read a column that another type's field needs, never miss one.
    /// </summary>
    public static IReadOnlyList<SelectedField> Collect(GraphQLDocument document, Variables? variables, IEnumerable<GraphQLSelectionSet?> sets)
    {
        var fields = new Dictionary<string, (string Name, List<GraphQLField> Nodes)>(StringComparer.Ordinal);
        var order = new List<string>();
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            Add(document, variables, set, fields, order, seenFragments);
        }

        return [.. order.Select(key => new SelectedField(key, fields[key].Name, fields[key].Nodes))];
    }

    /// <summary>The union of the sub-selections of every node of this field.</summary>
    public IReadOnlyList<SelectedField> Children(GraphQLDocument document, Variables? variables) => Collect(document, variables, Nodes.Select(n => n.SelectionSet));

    /// <summary>Whether <c>@skip</c>/<c>@include</c> keep <paramref name="node"/>; a condition that cannot be read keeps it.</summary>
    internal static bool Included(IHasDirectivesNode node, Variables? variables)
    {
        foreach (var directive in node.Directives?.Items ?? [])
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include") || directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if")?.Value is not { } condition)
            {
                continue;
            }

            bool? value = condition switch
            {
                GraphQLBooleanValue literal => literal.BoolValue,
                GraphQLVariable variable when variables is not null && variables.ValueFor(variable.Name.Value, out var argument) => argument.Value as bool?,
                _ => null,
            };
            if (value == (name == "skip"))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(
        GraphQLDocument document,
        Variables? variables,
        GraphQLSelectionSet? set,
        Dictionary<string, (string, List<GraphQLField>)> fields,
        List<string> order,
        HashSet<string> seenFragments)
    {
        if (set is null)
        {
            return;
        }

        foreach (var selection in set.Selections)
        {
            if (selection is IHasDirectivesNode directed && !Included(directed, variables))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    var key = (field.Alias?.Name ?? field.Name).StringValue;
                    if (!fields.TryGetValue(key, out var entry))
                    {
                        entry = (field.Name.StringValue, []);
                        fields[key] = entry;
                        order.Add(key);
                    }

                    entry.Item2.Add(field);
                    break;
                case GraphQLInlineFragment inline:
                    Add(document, variables, inline.SelectionSet, fields, order, seenFragments);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    var definition = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(d => d.FragmentName.Name.StringValue == name);
                    if (definition is not null && seenFragments.Add(name))
                    {
                        Add(document, variables, definition.SelectionSet, fields, order, seenFragments);
                        seenFragments.Remove(name);
                    }

                    break;
            }
        }
    }
}
