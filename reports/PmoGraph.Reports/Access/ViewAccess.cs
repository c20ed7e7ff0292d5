using System.Collections.Concurrent;
using PmoGraph.Reports.Reading;
using PmoGraph.Reports.Views;

namespace PmoGraph.Reports.Access;

/// <summary>
/// What one caller may read of the views: every column or the open ones only, every row or the rows of some
/// portfolios. The host decides it once per request from the caller's role (<see cref="IViewAccessResolver"/>); it is
/// applied here, in one place, by the path every read takes: a <see cref="ViewQuery"/> cannot be built without one,
/// and the catalogue, the service document and <c>$metadata</c> list <see cref="Views"/>. A new view is covered by
/// its SQL header (<c>-- scope:</c>, <c>-- sensitive:</c>, each column's sensitivity), never by new code.
/// </summary>
public sealed class ViewAccess
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<ViewDefinition>> ViewsByAudience = new(StringComparer.Ordinal);

    private ViewAccess(string audience, bool readsSensitive, IReadOnlyList<int>? portfolios)
    {
        Audience = audience;
        ReadsSensitive = readsSensitive;
        Portfolios = portfolios;
    }

    /// <summary>Every view, column and row: pmo-admin, analyst and reporting keys.</summary>
    public static ViewAccess Everything { get; } = new("everything", readsSensitive: true, portfolios: null);

    /// <summary>
    /// Every row of the open columns: the viewer. Money and people columns are not there at all, and views made only
    /// of them (<c>-- sensitive:</c>) are refused.
    /// </summary>
    public static ViewAccess OpenColumnsOnly { get; } = new("open-columns", readsSensitive: false, portfolios: null);

    /// <summary>
    /// The rows of <paramref name="portfolioIds"/>, every column: portfolio and project managers. Views whose rows
    /// cannot be scoped are refused; shared reference data is read whole.
    /// </summary>
    public static ViewAccess WithinPortfolios(IEnumerable<int> portfolioIds) =>
        new("portfolios", readsSensitive: true, portfolios: [.. portfolioIds.Distinct().Order()]);

    /// <summary>Names the shape of the views this access sees: two accesses of one audience see the same <c>$metadata</c>.</summary>
    public string Audience { get; }

    /// <summary>Whether money and people columns are read.</summary>
    public bool ReadsSensitive { get; }

    /// <summary>The portfolios whose rows are read; null for every row.</summary>
    public IReadOnlyList<int>? Portfolios { get; }

    /// <summary>The views this caller may read, each with the columns it may read.</summary>
    public IReadOnlyList<ViewDefinition> Views => ViewsByAudience.GetOrAdd(
        Audience, _ => [.. ViewCatalogue.Views.Where(view => RefusalOf(view) is null).Select(Shape)]);

    /// <summary>The view named <paramref name="name"/> as this caller may read it; null when it is not theirs to read or does not exist.</summary>
    public ViewDefinition? Find(string name) => Views.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));

    /// <summary>Why <paramref name="view"/> is not this caller's to read, or null when it is.</summary>
    public string? RefusalOf(ViewDefinition view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!ReadsSensitive && view.Sensitivity != Sensitivity.Open)
        {
            return $"{view.Name} is {ViewCatalogue.SensitivityName(view.Sensitivity)} data, which your role does not read.";
        }

        if (Portfolios is not null && view.Scope is null)
        {
            return $"{view.Name} has no key that scopes its rows to your portfolios, so your role does not read it.";
        }

        return null;
    }

    /// <summary>The view, or refuses it, with the columns this caller may read (the others are not there).</summary>
    internal ViewDefinition Admit(ViewDefinition view) =>
        RefusalOf(view) is { } reason ? throw new ViewAccessDeniedException(view.Name, reason) : Shape(view);

    private ViewDefinition Shape(ViewDefinition view) =>
        ReadsSensitive ? view : view with { Columns = [.. view.Columns.Where(c => c.Sensitivity == Sensitivity.Open)] };

    /// <summary>Adds the row rule to a query of an admitted view: its scope within <see cref="Portfolios"/>.</summary>
    internal void Restrict(ViewQuery query)
    {
        if (Portfolios is null || query.View.Scope is ViewDefinition.SharedScope)
        {
            return;
        }

        if (Portfolios.Count == 0)
        {
            query.Conditions.Add("1 = 0");
            return;
        }

        var scope = query.View.Scope ?? throw new ViewAccessDeniedException(query.View.Name, "The view cannot be scoped.");
        var portfolios = string.Join(", ", Portfolios.Select(id => query.AddParameter(id)));
        query.Conditions.Add(scope == ViewDefinition.PortfolioKey
            ? $"{ViewQuery.Quote(scope)} IN ({portfolios})"
            : $"{ViewQuery.Quote(scope)} IN (SELECT {ViewQuery.Quote(scope)} FROM {ViewCatalogue.ScopeDimension(scope)!.Name} WHERE {ViewQuery.Quote(ViewDefinition.PortfolioKey)} IN ({portfolios}))");
    }
}
