using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The projection of one selection set over <typeparamref name="TEntity"/>: the entity built with only the columns
/// the selected fields read (its id and the foreign keys of selected references always), and its selected
/// navigations (references and nested connections) read in the same statement as extra values of the row.
/// </summary>
internal sealed class NodeShape<TEntity>
    where TEntity : Entity
{
    private readonly IReadOnlyList<PropertyInfo> _columns;
    private readonly IReadOnlyList<IRelatedSlot> _slots;

    private NodeShape(IReadOnlyList<PropertyInfo> columns, IReadOnlyList<IRelatedSlot> slots)
    {
        _columns = columns;
        _slots = slots;
    }

    /// <summary>The shape of <paramref name="selection"/> on <paramref name="node"/>, an object type over <typeparamref name="TEntity"/>.</summary>
    public static NodeShape<TEntity> Create(ProjectionScope scope, IComplexGraphType node, IReadOnlyList<SelectedField> selection)
    {
        var mapped = scope.Db.Model.FindEntityType(typeof(TEntity))?.GetProperties()
            .Where(p => !p.IsShadowProperty() && p.PropertyInfo is { CanWrite: true })
            .Select(p => p.PropertyInfo!)
            .ToList() ?? [];
        var wanted = new HashSet<string>(StringComparer.Ordinal) { nameof(Entity.Id) };
        var everything = false;
        var slots = new List<IRelatedSlot>();
        foreach (var selected in selection)
        {
            if (selected.Name.StartsWith("__", StringComparison.Ordinal) || node.GetField(selected.Name) is not { } field)
            {
                continue;
            }

            if (field.GetMetadata<NavigationInfo?>(ProjectionMetadata.ReferenceKey) is { } reference)
            {
                if (reference.ForeignKey.Body is MemberExpression { Member.Name: var foreignKey })
                {
                    wanted.Add(foreignKey);
                }
                else
                {
                    everything = true;
                }

                AddSlot(slots, () => ReferenceSlot(scope, field, selected, reference));
            }
            else if (field.GetMetadata<NavigationInfo?>(ProjectionMetadata.ChildrenKey) is { } children)
            {
                AddSlot(slots, () => ChildrenSlot(scope, field, selected, children));
            }
            else if (field.GetMetadata<string[]?>(ProjectionMetadata.ReadsKey) is { } reads)
            {
                wanted.UnionWith(reads);
            }
            else if (field.GetMetadata<string?>(ProjectionMetadata.ExpressionPropertyKey) is { } member && mapped.Any(p => p.Name == member))
            {
                wanted.Add(member);
            }
            else
            {
                // A resolver that did not declare what it reads: give it the whole row.
                everything = true;
            }
        }

        return new NodeShape<TEntity>([.. mapped.Where(p => everything || wanted.Contains(p.Name))], slots);
    }

    /// <summary>Whether the shape reads references or nested connections along with the row.</summary>
    public bool HasNavigations => _slots.Count > 0;

    /// <summary><c>e =&gt; new KeyedRow(new TEntity { ... }, new object[] { sort keys }, new object[] { navigations })</c>.</summary>
    /// <param name="order">The ordering whose keys the row carries, or null.</param>
    /// <param name="level">
    /// The query this projection reads its rows from (the page, or a superset of the rows): the navigations below read
    /// only what those rows reach. Null reads them unnarrowed.
    /// </param>
    public Expression<Func<TEntity, KeyedRow<TEntity>>> Row(SortOrder? order, IQueryable<TEntity>? level)
    {
        var row = order?.Row ?? Expression.Parameter(typeof(TEntity), "e");
        var entity = Expression.MemberInit(Expression.New(typeof(TEntity)), _columns.Select(p => Expression.Bind(p, Expression.Property(row, p))));
        var keys = Expression.NewArrayInit(typeof(object), order?.Keys.Select(k => Expression.Convert(k.Key.Body, typeof(object))) ?? []);
        var related = Expression.NewArrayInit(typeof(object), _slots.Select(s => Expression.Convert(s.Read(row, level), typeof(object))));
        var constructor = typeof(KeyedRow<TEntity>).GetConstructor([typeof(TEntity), typeof(object[]), typeof(object[])])!;
        return Expression.Lambda<Func<TEntity, KeyedRow<TEntity>>>(Expression.New(constructor, entity, keys, related), row);
    }

    /// <summary>Records the navigations read with <paramref name="row"/> for their resolvers, down the whole tree.</summary>
    public void Register(KeyedRow<TEntity> row, ProjectedResults results)
    {
        for (var i = 0; i < _slots.Count && i < row.Related.Length; i++)
        {
            _slots[i].Register(row.Entity, row.Related[i], results);
        }
    }

    /// <summary>Adds a navigation slot, or leaves the field to its batch loader when it cannot be projected (bad arguments raise their error there).</summary>
    private static void AddSlot(List<IRelatedSlot> slots, Func<IRelatedSlot?> create)
    {
        try
        {
            if (create() is { } slot)
            {
                slots.Add(slot);
            }
        }
        catch (ExecutionError)
        {
        }
    }

    private static IRelatedSlot? ReferenceSlot(ProjectionScope scope, FieldType field, SelectedField selected, NavigationInfo reference)
    {
        if (ProjectionScope.Unwrap(field.ResolvedType) is not { } target)
        {
            return null;
        }

        var method = typeof(NodeShape<TEntity>).GetMethod(nameof(CreateReference), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(reference.Target);
        return (IRelatedSlot?)method.Invoke(null, [scope, target, selected, reference]);
    }

    private static IRelatedSlot? ChildrenSlot(ProjectionScope scope, FieldType field, SelectedField selected, NavigationInfo children)
    {
        // Each response key (alias) has its own slot. Nodes merged under one response key have equal arguments (the
        // OverlappingFieldsCanBeMerged validation rule), so the first node's arguments are the field's.
        var (node, nodeSelection) = scope.NodesOf(ProjectionScope.Unwrap(field.ResolvedType), scope.ChildrenOf(selected));
        if (node is null)
        {
            return null;
        }

        var method = typeof(NodeShape<TEntity>).GetMethod(nameof(CreateChildren), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(children.Target);
        try
        {
            return (IRelatedSlot?)method.Invoke(null, [scope, field, selected, children, node, nodeSelection]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is ExecutionError error)
        {
            throw error;
        }
    }

    private static ReferenceSlot<TTarget> CreateReference<TTarget>(ProjectionScope scope, IComplexGraphType target, SelectedField selected, NavigationInfo reference)
        where TTarget : Entity =>
        new ReferenceSlot<TTarget>(
            selected.ResponseKey,
            reference.ForeignKey,
            ReadableRows.Correlated<TTarget>(scope.Services),
            NodeShape<TTarget>.Create(scope, target, scope.ChildrenOf(selected)));

    private static ChildrenSlot<TChild> CreateChildren<TChild>(
        ProjectionScope scope, FieldType field, SelectedField selected, NavigationInfo children, IComplexGraphType node, IReadOnlyList<SelectedField> nodeSelection)
        where TChild : Entity
    {
        var context = scope.ContextFor(field, selected.Nodes[0]);
        var request = ConnectionArguments.Page(context).For(scope, scope.ChildrenOf(selected));
        var model = QueryModel.Of(field.GetMetadata<Type>(QueryFieldOptIn.NodeGraphKey)!);
        var (rows, order) = ConnectionArguments.Read(context, model, ReadableRows.Correlated<TChild>(scope.Services));
        var withTotal = scope.ChildrenOf(selected).Any(f => f.Name == "totalCount");
        var shape = NodeShape<TChild>.Create(scope, node, nodeSelection);
        var sqlite = scope.Db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var loader = new NestedConnectionLoader<TChild>(
            rows, (Expression<Func<TChild, int?>>)children.ForeignKey, order, request, withTotal, shape, rankInsteadOfLimit: sqlite && shape.HasNavigations);
        return new ChildrenSlot<TChild>(selected.ResponseKey, loader, shape);
    }
}
