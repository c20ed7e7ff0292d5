using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;

namespace PmoGraph.Api.Demo;

/// <summary>
/// Writes a batch of new entity graphs without the change tracker: every entity reachable from the roots gets the id
/// the store would have given it, in the order EF Core's graph attach reaches it (navigations in model order, depth
/// first), so the rows are those <c>AddRange</c> + <c>SaveChanges</c> writes; foreign keys follow the navigations; then
/// each table's rows go to the store in one bulk operation (<see cref="IDemoRowSink"/>), principals before dependents.
/// Generic over the EF Core model, so a new entity the demo builds needs nothing here.
/// </summary>
internal sealed class DemoBulkWriter(PmoDbContext db, IDemoRowSink sink)
{
    private readonly Dictionary<IEntityType, int> _lastId = [];

    /// <summary>Writes the graphs under <paramref name="roots"/>; returns how many rows each entity type got.</summary>
    public async Task<IReadOnlyDictionary<string, int>> WriteAsync(IEnumerable<object> roots, CancellationToken cancellationToken)
    {
        var found = new List<(object Entity, IEntityType Type)>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            Visit(root, db.Model.FindEntityType(root.GetType()) ?? throw Unmapped(root), found, seen);
        }

        foreach (var (entity, type) in found)
        {
            var key = type.FindPrimaryKey()!.Properties.Single();
            if (key.GetGetter().GetClrValue(entity) is not 0)
            {
                throw new InvalidOperationException($"A demo {type.ClrType.Name} already has an id; the bulk path writes new rows only.");
            }

            var last = _lastId.TryGetValue(type, out var known) ? known : await sink.LastIdAsync(Table(type), key.GetColumnName(), cancellationToken);
            _lastId[type] = last + 1;
            Set(key, entity, last + 1);
            if (entity is VersionedEntity versioned)
            {
                versioned.Version = 1; // as PmoDbContext's save numbers a new row's version
            }
        }

        var shadow = new Dictionary<(object, IProperty), object?>();
        foreach (var (entity, type) in found)
        {
            foreach (var navigation in type.GetNavigations())
            {
                foreach (var related in Related(navigation, entity))
                {
                    var (dependent, principal) = navigation.IsOnDependent ? (entity, related) : (related, entity);
                    var foreignKey = navigation.ForeignKey;
                    for (var i = 0; i < foreignKey.Properties.Count; i++)
                    {
                        var value = foreignKey.PrincipalKey.Properties[i].GetGetter().GetClrValue(principal);
                        if (foreignKey.Properties[i].IsShadowProperty())
                        {
                            shadow[(dependent, foreignKey.Properties[i])] = value;
                        }
                        else
                        {
                            Set(foreignKey.Properties[i], dependent, value);
                        }
                    }
                }
            }
        }

        var byType = found.GroupBy(f => f.Type).ToDictionary(g => g.Key, g => g.Select(f => f.Entity).ToList());
        foreach (var type in PrincipalsFirst(byType.Keys))
        {
            var columns = type.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate).ToList();
            var rows = byType[type].Select(entity => columns
                .Select(p => p.IsShadowProperty() ? shadow.GetValueOrDefault((entity, p)) : p.GetGetter().GetClrValue(entity))
                .ToArray());
            await sink.WriteAsync(Table(type), columns, rows, cancellationToken);
        }

        return byType.ToDictionary(t => t.Key.ClrType.Name, t => t.Value.Count, StringComparer.Ordinal);
    }

    /// <summary>EF Core's attach walk: the entity, then each navigation's entities not yet reached, depth first.</summary>
    private static void Visit(object entity, IEntityType type, List<(object, IEntityType)> found, HashSet<object> seen)
    {
        if (!seen.Add(entity))
        {
            return;
        }

        if (type.GetSkipNavigations().Any())
        {
            throw new NotSupportedException($"The bulk path does not write the join rows of {type.ClrType.Name}'s many-to-many navigations.");
        }

        found.Add((entity, type));
        foreach (var navigation in type.GetNavigations())
        {
            foreach (var related in Related(navigation, entity))
            {
                Visit(related, navigation.TargetEntityType, found, seen);
            }
        }
    }

    private static List<object> Related(INavigation navigation, object entity) =>
        navigation.GetGetter().GetClrValue(entity) switch
        {
            null => [],
            System.Collections.IEnumerable items when navigation.IsCollection => items.Cast<object>().ToList(),
            var single => [single],
        };

    /// <summary>The tables in an order where every foreign key's principal comes before its dependent.</summary>
    private static List<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> types)
    {
        var remaining = types.ToHashSet();
        var ordered = new List<IEntityType>();
        while (remaining.Count > 0)
        {
            var ready = remaining
                .Where(t => !t.GetForeignKeys().Any(k => k.PrincipalEntityType != t && remaining.Contains(k.PrincipalEntityType)))
                .OrderBy(t => t.GetTableName(), StringComparer.Ordinal)
                .ToList();
            if (ready.Count == 0)
            {
                throw new NotSupportedException("The demo's tables reference each other in a cycle; the bulk path cannot order them.");
            }

            ordered.AddRange(ready);
            remaining.ExceptWith(ready);
        }

        return ordered;
    }

    private static string Table(IEntityType type) => type.GetTableName() ?? throw Unmapped(type.ClrType);

    private static void Set(IProperty property, object entity, object? value)
    {
        switch (property.GetMemberInfo(forMaterialization: false, forSet: true))
        {
            case PropertyInfo member:
                member.SetValue(entity, value);
                break;
            case FieldInfo field:
                field.SetValue(entity, value);
                break;
        }
    }

    private static InvalidOperationException Unmapped(object entity) => new($"{entity} is not an entity of the store's model.");
}
