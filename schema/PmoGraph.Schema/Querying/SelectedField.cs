using GraphQLParser.AST;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// A field of a selection set under its response key, with every syntax node merged into it (the same field can be
/// selected twice, directly and through fragments).
/// </summary>
internal sealed record SelectedField(string ResponseKey, string Name, IReadOnlyList<GraphQLField> Nodes)
{
    /// <summary>
    /// The fields of <paramref name="sets"/> by response key, fragments expanded. Directives and type conditions are
    /// not evaluated: a projection may read a column that a skipped field would have needed, never miss one.
    /// </summary>
    public static IReadOnlyList<SelectedField> Collect(GraphQLDocument document, IEnumerable<GraphQLSelectionSet?> sets)
    {
        var fields = new Dictionary<string, (string Name, List<GraphQLField> Nodes)>(StringComparer.Ordinal);
        var order = new List<string>();
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            Add(document, set, fields, order, seenFragments);
        }

        return [.. order.Select(key => new SelectedField(key, fields[key].Name, fields[key].Nodes))];
    }

    /// <summary>The union of the sub-selections of every node of this field.</summary>
    public IReadOnlyList<SelectedField> Children(GraphQLDocument document) => Collect(document, Nodes.Select(n => n.SelectionSet));

    private static void Add(
        GraphQLDocument document, GraphQLSelectionSet? set, Dictionary<string, (string, List<GraphQLField>)> fields, List<string> order, HashSet<string> seenFragments)
    {
        if (set is null)
        {
            return;
        }

        foreach (var selection in set.Selections)
        {
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
                    Add(document, inline.SelectionSet, fields, order, seenFragments);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    var definition = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(d => d.FragmentName.Name.StringValue == name);
                    if (definition is not null && seenFragments.Add(name))
                    {
                        Add(document, definition.SelectionSet, fields, order, seenFragments);
                        seenFragments.Remove(name);
                    }

                    break;
            }
        }
    }
}
