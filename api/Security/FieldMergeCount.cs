using GraphQLParser.AST;

namespace PmoGraph.Api.Security;

/// <summary>
/// Counts the comparisons GraphQL's "overlapping fields can be merged" validation makes: in every merged selection set
/// (a selection set with its fragments and inline fragments spread, each fragment once as validation collects them, and,
/// below a response name, the selection sets of all the fields answering to it together), each pair of fields sharing a
/// response name is compared, and a pair that
/// conflicts becomes an error of its own. A thousand <c>id</c> and <c>id: name</c> in 6 KB of text are a quarter of a
/// million errors; counting the pairs first is linear in the document once its expansion is known to be bounded.
/// </summary>
internal static class FieldMergeCount
{
    /// <summary>
    /// The pairs, counted up to just past <paramref name="maxPairs"/>; <see cref="long.MaxValue"/> when the walk visits
    /// more than <paramref name="maxSelections"/> selections, which only fragments spreading one another in a cycle
    /// (invalid anyway) can make it do once <see cref="DocumentExpansion"/> has bounded the document.
    /// </summary>
    public static long Pairs(GraphQLDocument document, long maxPairs, long maxSelections)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        var pending = new Stack<List<(GraphQLSelectionSet Set, Spread? Path)>>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    var name = fragment.FragmentName.Name.StringValue;
                    fragments.TryAdd(name, fragment);
                    pending.Push([(fragment.SelectionSet, new Spread(name, null))]);
                    break;
                case GraphQLOperationDefinition operation:
                    pending.Push([(operation.SelectionSet, null)]);
                    break;
            }
        }

        var pairs = 0L;
        var visits = 0L;
        while (pending.Count > 0)
        {
            var groups = new Dictionary<string, List<(GraphQLField Field, Spread? Path)>>(StringComparer.Ordinal);
            var sets = new Stack<(GraphQLSelectionSet Set, Spread? Path)>(pending.Pop());
            var spread = new HashSet<string>(StringComparer.Ordinal);
            while (sets.Count > 0)
            {
                var (set, path) = sets.Pop();
                foreach (var selection in set.Selections)
                {
                    if (++visits > maxSelections)
                    {
                        return long.MaxValue;
                    }

                    switch (selection)
                    {
                        case GraphQLField field:
                            var responseName = (field.Alias?.Name ?? field.Name).StringValue;
                            if (!groups.TryGetValue(responseName, out var group))
                            {
                                groups[responseName] = group = [];
                            }

                            group.Add((field, path));
                            break;
                        case GraphQLInlineFragment inline:
                            sets.Push((inline.SelectionSet, path));
                            break;
                        case GraphQLFragmentSpread fragmentSpread when fragments.TryGetValue(fragmentSpread.FragmentName.Name.StringValue, out var target)
                            && !Spread.Within(path, target.FragmentName.Name.StringValue) && spread.Add(target.FragmentName.Name.StringValue):
                            sets.Push((target.SelectionSet, new Spread(target.FragmentName.Name.StringValue, path)));
                            break;
                    }
                }
            }

            foreach (var group in groups.Values)
            {
                pairs += (long)group.Count * (group.Count - 1) / 2;
                if (pairs > maxPairs)
                {
                    return pairs;
                }

                var children = group.Where(f => f.Field.SelectionSet is not null).Select(f => (f.Field.SelectionSet!, f.Path)).ToList();
                if (children.Count > 0)
                {
                    pending.Push(children);
                }
            }
        }

        return pairs;
    }

    /// <summary>The fragments spread on the way to a selection set, innermost first: a spread of one of them is a cycle.</summary>
    private sealed record Spread(string Name, Spread? Outer)
    {
        public static bool Within(Spread? path, string name)
        {
            for (var at = path; at is not null; at = at.Outer)
            {
                if (at.Name == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
