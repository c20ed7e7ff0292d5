using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Organisation;
using PmoGraph.Schema.Portfolios;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>One stored row: its entity, id, the portfolio it belongs to (null when shared), its names and amounts by property.</summary>
internal sealed record StoredRow(string Entity, int Id, int? Portfolio, IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, decimal> Numbers)
{
    public IEnumerable<string> Names => Texts.Values;

    public IEnumerable<decimal> Amounts => Numbers.Values;
}

/// <summary>
/// Every row of the store read with no row rule at all, and the portfolio each belongs to, worked out here from the
/// model's foreign keys (independently of the API's policy): a portfolio is its own, a program's is its portfolio's,
/// any other row's is that of the row-ruled principal it hangs off (a project, a benefit, a survey, ...), preferring
/// the navigation named after the principal (a dependency belongs to its <c>Project</c>, not its <c>OtherProject</c>);
/// a row with a <c>Scope</c> and a <c>ScopeId</c> belongs to the row its scope names. Everything else is shared.
/// </summary>
internal sealed class StoreUniverse
{
    private static readonly string[] NameProperties = ["Code", "Name", "Title"];

    private StoreUniverse(IReadOnlyList<StoredRow> rows, IReadOnlyDictionary<int, string?> owners, IReadOnlyDictionary<int, IReadOnlyList<string>> managers, IReadOnlyList<DateOnly> dates)
    {
        Rows = rows;
        ById = rows.GroupBy(r => r.Entity).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, StoredRow>)g.ToDictionary(r => r.Id));
        PortfolioOwners = owners;
        ProjectManagers = managers;
        Dates = dates;
    }

    public IReadOnlyList<StoredRow> Rows { get; }

    /// <summary>Rows by entity name and id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, StoredRow>> ById { get; }

    /// <summary>Each portfolio's owner's subject.</summary>
    public IReadOnlyDictionary<int, string?> PortfolioOwners { get; }

    /// <summary>The subjects managing a project in each portfolio.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> ProjectManagers { get; }

    /// <summary>Every date stored, for filling date arguments with values the data actually has.</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>Entities whose rows belong to a portfolio.</summary>
    public IReadOnlySet<string> RowRuled => Rows.Where(r => r.Portfolio is not null).Select(r => r.Entity).ToHashSet();

    public static Task<StoreUniverse> ReadAsync(PmoApiFactory api) => api.ReadAsync(async db =>
    {
        var entityTypes = db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.FindPrimaryKey() is not null && e.ClrType.GetProperty("Id") is not null).ToList();
        var loaded = new Dictionary<IEntityType, List<object>>();
        foreach (var entityType in entityTypes)
        {
            var load = typeof(StoreUniverse).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entityType.ClrType);
            loaded[entityType] = await (Task<List<object>>)load.Invoke(null, [db])!;
        }

        var portfolioOf = new Dictionary<(string, int), int?>();
        var byName = entityTypes.ToDictionary(e => e.ClrType.Name);
        var byId = loaded.ToDictionary(l => l.Key.ClrType.Name, l => l.Value.ToDictionary(Id));
        int? Resolve(string entity, int id, int depth)
        {
            if (portfolioOf.TryGetValue((entity, id), out var known))
            {
                return known;
            }

            int? result = null;
            if (depth < 6 && byId[entity].TryGetValue(id, out var row))
            {
                result = entity == nameof(Portfolio) ? id : OwnerOf(byName[entity], row, depth);
            }

            portfolioOf[(entity, id)] = result;
            return result;
        }

        int? OwnerOf(IEntityType entityType, object row, int depth)
        {
            if (entityType.ClrType.GetProperty("Scope")?.GetValue(row) is Enum scope
                && entityType.ClrType.GetProperty("ScopeId")?.GetValue(row) is int scopeId
                && byName.Keys.FirstOrDefault(n => string.Equals(n, scope.ToString(), StringComparison.OrdinalIgnoreCase)) is { } scoped)
            {
                return Resolve(scoped, scopeId, depth + 1);
            }

            var keys = entityType.GetForeignKeys()
                .Where(fk => fk.PrincipalEntityType.ClrType != entityType.ClrType && byName.ContainsKey(fk.PrincipalEntityType.ClrType.Name))
                .OrderByDescending(fk => fk.DependentToPrincipal?.Name == fk.PrincipalEntityType.ClrType.Name);
            foreach (var fk in keys)
            {
                if (fk.Properties.Count == 1 && fk.Properties[0].PropertyInfo?.GetValue(row) is int principalId
                    && Resolve(fk.PrincipalEntityType.ClrType.Name, principalId, depth + 1) is { } portfolio)
                {
                    return portfolio;
                }
            }

            return null;
        }

        var rows = new List<StoredRow>();
        var dates = new List<DateOnly>();
        foreach (var (entityType, list) in loaded)
        {
            var name = entityType.ClrType.Name;
            var properties = entityType.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            foreach (var row in list)
            {
                var names = properties.Where(p => NameProperties.Contains(p.Name) && p.PropertyType == typeof(string) && p.GetValue(row) is string)
                    .ToDictionary(p => p.Name, p => (string)p.GetValue(row)!);
                var amounts = properties.Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(decimal) && p.GetValue(row) is decimal)
                    .ToDictionary(p => p.Name, p => (decimal)p.GetValue(row)!);
                dates.AddRange(properties.Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(DateOnly))
                    .Select(p => (DateOnly?)p.GetValue(row)).OfType<DateOnly>());
                rows.Add(new StoredRow(name, Id(row), Resolve(name, Id(row), 0), names, amounts));
            }
        }

        var people = await db.Set<Person>().IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Subject);
        var owners = await db.Set<Portfolio>().IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.OwnerId is int o ? people.GetValueOrDefault(o) : null);
        var managed = (await db.Set<Project>().IgnoreQueryFilters().AsNoTracking().Where(p => p.ManagerId != null).Select(p => new { p.Id, p.ManagerId }).ToListAsync())
            .Where(p => people.GetValueOrDefault(p.ManagerId!.Value) is not null)
            .GroupBy(p => portfolioOf[(nameof(Project), p.Id)] ?? -1)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => people[p.ManagerId!.Value]!).Distinct()]);
        dates.Sort();
        return new StoreUniverse(rows, owners, managed, dates);
    });

    public static string Format(decimal amount) => amount.ToString("0.############################", CultureInfo.InvariantCulture);

    private static int Id(object row) => (int)row.GetType().GetProperty("Id")!.GetValue(row)!;

    private static async Task<List<object>> LoadAsync<T>(PmoDbContext db)
        where T : class => [.. await db.Set<T>().IgnoreQueryFilters().AsNoTracking().ToListAsync()];
}
