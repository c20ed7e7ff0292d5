using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;

namespace PmoGraph.Schema.Querying;

/// <summary>The request a projection is built for: its document, variables, caller and services.</summary>
internal sealed class ProjectionScope(IResolveFieldContext root)
{
    public IServiceProvider Services { get; } = root.RequestServices!;

    public IResolveFieldContext Root => root;

    public GraphQLDocument Document => root.Document;

    public PmoDbContext Db => Services.GetRequiredService<PmoDbContext>();

    /// <summary>
    /// The selection of the root field being resolved, merged over every root field of the operation with the same
    /// response key (the executor merges them, but a resolver only sees the first syntax node).
    /// </summary>
    public IReadOnlyList<SelectedField> RootSelection()
    {
        var key = (root.FieldAst.Alias?.Name ?? root.FieldAst.Name).StringValue;
        var field = Collect([root.Operation.SelectionSet]).FirstOrDefault(f => f.ResponseKey == key);
        return field?.Children(root.Document, root.Variables) ?? Collect([root.FieldAst.SelectionSet]);
    }

    /// <summary>The fields of <paramref name="sets"/>, with this request's variables deciding <c>@skip</c>/<c>@include</c>.</summary>
    public IReadOnlyList<SelectedField> Collect(IEnumerable<GraphQLSelectionSet?> sets) => SelectedField.Collect(root.Document, root.Variables, sets);

    /// <summary>The sub-selection of <paramref name="field"/>.</summary>
    public IReadOnlyList<SelectedField> ChildrenOf(SelectedField field) => field.Children(root.Document, root.Variables);

    /// <summary>A resolve context for a nested field as its resolver would see it: its arguments coerced, with variables.</summary>
    public IResolveFieldContext ContextFor(FieldType field, GraphQLField node) => new ResolveFieldContext(root)
    {
        FieldAst = node,
        FieldDefinition = field,
        Arguments = ExecutionHelper.GetArguments(field.Arguments, node.Arguments, root.Variables, root.Document, node, null),
        SubFields = null,
    };

    /// <summary>The named object type under list and non-null wrappers.</summary>
    public static IComplexGraphType? Unwrap(IGraphType? type)
    {
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type as IComplexGraphType;
    }

    /// <summary>
    /// The node type and node selection of a connection's selection (<c>nodes</c> and <c>edges { node }</c>), or of a
    /// collection segment's (<c>items</c>).
    /// </summary>
    public (IComplexGraphType? Node, IReadOnlyList<SelectedField> Selection) NodesOf(IComplexGraphType? connection, IReadOnlyList<SelectedField> selection)
    {
        var node = Unwrap((connection?.GetField("nodes") ?? connection?.GetField("items"))?.ResolvedType);
        var sets = new List<GraphQLSelectionSet?>();
        foreach (var field in selection)
        {
            if (field.Name is "nodes" or "items")
            {
                sets.AddRange(field.Nodes.Select(n => n.SelectionSet));
            }
            else if (field.Name == "edges")
            {
                sets.AddRange(ChildrenOf(field).Where(f => f.Name == "node").SelectMany(f => f.Nodes).Select(n => n.SelectionSet));
            }
        }

        return (node, Collect(sets));
    }
}
