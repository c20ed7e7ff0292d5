using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL.Types;
using PmoGraph.Schema.Authorization;
using PmoGraph.Schema.Common;

namespace PmoGraph.Schema.Querying;

/// <summary>
/// The filterable and sortable fields of one node graph type, read once from the opt-in metadata of a throwaway
/// instance of that type. Every entity's <c>id</c> is always filterable and sortable: it is the tie-breaker of
/// every ordering.
/// </summary>
internal sealed class QueryModel
{
    private static readonly ConcurrentDictionary<Type, QueryModel> Models = new();

    private QueryModel(string name, Type entityType, IReadOnlyList<QueryField> fields)
    {
        Name = name;
        EntityType = entityType;
        Fields = fields;
    }

    /// <summary>The node type's GraphQL name (<c>Project</c>).</summary>
    public string Name { get; }

    /// <summary>The entity the node type shows.</summary>
    public Type EntityType { get; }

    public IReadOnlyList<QueryField> Fields { get; }

    public static QueryModel Of(Type nodeGraphType) => Models.GetOrAdd(nodeGraphType, Build);

    public QueryField? Find(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    private static QueryModel Build(Type nodeGraphType)
    {
        var node = (IComplexGraphType)(Activator.CreateInstance(nodeGraphType)
            ?? throw new InvalidOperationException($"Cannot create {nodeGraphType.Name} to read its query fields."));
        var entityType = EntityTypeOf(nodeGraphType);
        var fields = new List<QueryField>();
        if (typeof(Entity).IsAssignableFrom(entityType))
        {
            var parameter = Expression.Parameter(entityType, "x");
            var id = Expression.Lambda(Expression.Property(parameter, nameof(Entity.Id)), parameter);
            fields.Add(new QueryField("id", new QueryFieldOptIn(QueryFieldKind.Scalar, id, null) { Filterable = true, Sortable = true }, "The row's id.", SensitiveFieldExtensions.SensitivityOf(node)));
        }

        foreach (var field in node.Fields)
        {
            var name = char.ToLowerInvariant(field.Name[0]) + field.Name[1..];
            if (field.GetMetadata<QueryFieldOptIn?>(QueryFieldOptIn.MetadataKey) is { } optIn && name != "id")
            {
                fields.Add(new QueryField(name, optIn, field.Description, SensitiveFieldExtensions.SensitivityOf(field) ?? SensitiveFieldExtensions.SensitivityOf(node)));
            }
        }

        return new QueryModel(node.Name, entityType, fields);
    }

    private static Type EntityTypeOf(Type nodeGraphType)
    {
        for (var type = nodeGraphType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        throw new InvalidOperationException($"{nodeGraphType.Name} is not an ObjectGraphType<T>.");
    }
}
