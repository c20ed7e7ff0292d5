using GraphQLParser.AST;

namespace PmoGraph.Api.Security;

/// <summary>
/// Measures a document as validation will walk it: the selections (fields, inline fragments and fragment spreads) of
/// every operation and every fragment definition, each spread counted with the selections of the fragment it stands
/// for. Each fragment is measured once and its size reused (fragments that spread one another twice per level double
/// at every level, and a naive walk, like validation's, takes as long as the result is large), with explicit stacks,
/// so the measure takes time linear in the document's text and no shape can exhaust the thread's stack.
/// </summary>
internal static class DocumentExpansion
{
    /// <summary>The selections <paramref name="document"/> expands to, counted up to just past <paramref name="limit"/>.</summary>
    public static long Selections(GraphQLDocument document, long limit)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fragments = new Dictionary<string, Shape>(StringComparer.Ordinal);
        var operations = new List<Shape>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    // A repeated name is another rule's error; measure the first, as spreads resolve to it.
                    fragments.TryAdd(fragment.FragmentName.Name.StringValue, Shape.Of(fragment.SelectionSet));
                    break;
                case GraphQLOperationDefinition operation:
                    operations.Add(Shape.Of(operation.SelectionSet));
                    break;
            }
        }

        var sizes = Measure(fragments, limit);
        var total = 0L;
        foreach (var shape in operations.Concat(fragments.Values))
        {
            total = Math.Min(limit + 1, total + shape.Size(sizes, limit));
        }

        return total;
    }

    /// <summary>Each fragment's expanded size, in post-order over the spreads; a spread closing a cycle counts only itself.</summary>
    private static Dictionary<string, long> Measure(Dictionary<string, Shape> fragments, long limit)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var entered = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Name, int Next)>();
        foreach (var root in fragments.Keys)
        {
            if (!entered.Add(root))
            {
                continue;
            }

            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (name, next) = stack.Pop();
                var spreads = fragments[name].Spreads;
                if (next < spreads.Count)
                {
                    stack.Push((name, next + 1));
                    var target = spreads[next];
                    if (fragments.ContainsKey(target) && entered.Add(target))
                    {
                        stack.Push((target, 0));
                    }

                    continue;
                }

                sizes[name] = fragments[name].Size(sizes, limit);
            }
        }

        return sizes;
    }

    /// <summary>A selection set's own selections, at any depth, and the fragments it spreads (once per spread).</summary>
    private sealed record Shape(long Own, List<string> Spreads)
    {
        public static Shape Of(GraphQLSelectionSet selectionSet)
        {
            var own = 0L;
            var spreads = new List<string>();
            var pending = new Stack<GraphQLSelectionSet>();
            pending.Push(selectionSet);
            while (pending.Count > 0)
            {
                foreach (var selection in pending.Pop().Selections)
                {
                    own++;
                    switch (selection)
                    {
                        case GraphQLField { SelectionSet: { } children }:
                            pending.Push(children);
                            break;
                        case GraphQLInlineFragment inline:
                            pending.Push(inline.SelectionSet);
                            break;
                        case GraphQLFragmentSpread spread:
                            spreads.Add(spread.FragmentName.Name.StringValue);
                            break;
                    }
                }
            }

            return new Shape(own, spreads);
        }

        /// <summary>The expanded size, given the sizes of the fragments measured so far (an unknown one counts nothing).</summary>
        public long Size(Dictionary<string, long> sizes, long limit)
        {
            var size = Math.Min(limit + 1, Own);
            foreach (var spread in Spreads)
            {
                size = Math.Min(limit + 1, size + sizes.GetValueOrDefault(spread));
            }

            return size;
        }
    }
}
