using System.Text.RegularExpressions;
using PmoGraph.Schema.Authorization;

namespace PmoGraph.Api.Tests.Security.Scope;

/// <summary>
/// What one caller may not see, worked out from the store by the rules as the PMO states them: a portfolio manager
/// reads the portfolios whose owner signs in as them, a project manager the portfolios in which they manage a project,
/// every other role every portfolio; shared rows (people, departments, resources, strategy, standards) are visible.
/// </summary>
internal sealed class CallerScope
{
    /// <summary>An id no row of any entity has.</summary>
    public const int MissingId = 987_654;

    /// <summary>An amount no row holds.</summary>
    public const decimal MissingAmount = 987_654.3211m;

    public const string MissingName = "NO-SUCH-ROW-7731";

    public CallerScope(StoreUniverse store, string role, string subject)
    {
        Role = role;
        Subject = subject;
        var portfolios = store.ById.GetValueOrDefault("Portfolio")?.Keys ?? [];
        Visible = role switch
        {
            PmoRoles.PortfolioManager => portfolios.Where(p => store.PortfolioOwners.GetValueOrDefault(p) == subject).ToHashSet(),
            PmoRoles.ProjectManager => portfolios.Where(p => store.ProjectManagers.GetValueOrDefault(p)?.Contains(subject) == true).ToHashSet(),
            _ => portfolios.ToHashSet(),
        };

        var hidden = store.Rows.Where(r => r.Portfolio is int p && !Visible.Contains(p)).ToList();
        var seen = store.Rows.Where(r => r.Portfolio is not int p || Visible.Contains(p)).ToList();
        HiddenIds = hidden.GroupBy(r => r.Entity).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(r => r.Id).ToHashSet());
        VisibleIds = seen.GroupBy(r => r.Entity).ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(r => r.Id).ToHashSet());
        HiddenRows = hidden;
        SeenRows = seen;

        // A name is evidence only when nothing the caller may see contains it.
        var seenText = string.Join("\n", seen.SelectMany(r => r.Names));
        HiddenNames = [.. hidden.SelectMany(r => r.Names).Where(n => n.Length >= 4 && !seenText.Contains(n, StringComparison.Ordinal)).Distinct()];

        // An amount is evidence only when it is distinctive: no visible row holds it, it is not round, nor a small number.
        var seenAmounts = seen.SelectMany(r => r.Amounts).ToHashSet();
        HiddenAmounts = hidden.SelectMany(r => r.Amounts)
            .Where(a => Math.Abs(a) >= 1000 && decimal.Remainder(a, 100) != 0 && !seenAmounts.Contains(a)).ToHashSet();
        NamePattern = HiddenNames.Count == 0
            ? null
            : new Regex(
                @"(?<![\p{L}\p{N}])(" + string.Join("|", HiddenNames.OrderByDescending(n => n.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
                RegexOptions.CultureInvariant);
    }

    public string Role { get; }

    public string Subject { get; }

    public IReadOnlySet<int> Visible { get; }

    public IReadOnlyList<StoredRow> HiddenRows { get; }

    /// <summary>The rows the caller may see: their own portfolios' and the shared ones.</summary>
    public IReadOnlyList<StoredRow> SeenRows { get; }

    public IReadOnlyDictionary<string, IReadOnlySet<int>> HiddenIds { get; }

    public IReadOnlyDictionary<string, IReadOnlySet<int>> VisibleIds { get; }

    public IReadOnlyList<string> HiddenNames { get; }

    public IReadOnlySet<decimal> HiddenAmounts { get; }

    public Regex? NamePattern { get; }

    public bool IsHidden(string entity, int id) => HiddenIds.TryGetValue(entity, out var ids) && ids.Contains(id);

    /// <summary>A hidden row of <paramref name="entity"/>, preferring one with a distinctive name or amount.</summary>
    public StoredRow? AHidden(string entity) =>
        HiddenRows.Where(r => r.Entity == entity)
            .OrderByDescending(r => r.Names.Count(HiddenNames.Contains) + r.Amounts.Count(HiddenAmounts.Contains))
            .ThenBy(r => r.Id)
            .FirstOrDefault();

    public int? AVisible(string entity) => VisibleIds.TryGetValue(entity, out var ids) && ids.Count > 0 ? ids.Min() : null;

    public override string ToString() => $"{Role} '{Subject}' (portfolios {string.Join(",", Visible.Order())})";
}
