using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Benchmarks.Peer;

/// <summary>A page as the peer returns it: the rows, and the query its <c>totalCount</c> field counts on demand.</summary>
internal sealed record PeerPage<T>(IReadOnlyList<T> Nodes, bool HasNextPage, IQueryable<T> Source);

/// <summary>An aggregate's source and grouping; each of its fields runs its own SQL.</summary>
internal sealed record PeerAggregate(IQueryable<Project> Source, IReadOnlyList<PeerProjectGroupBy> GroupBy);

internal static class PeerQueryables
{
    public static IQueryable<Project> Filter(IQueryable<Project> source, PeerProjectFilter? filter)
    {
        if (filter?.Stage?.In is { } stages)
        {
            source = source.Where(p => stages.Contains(p.Stage));
        }

        if (filter?.Stage?.Nin is { } excluded)
        {
            source = source.Where(p => !excluded.Contains(p.Stage));
        }

        if (filter?.BudgetAtCompletion?.Gte is { } minimum)
        {
            source = source.Where(p => p.BudgetAtCompletion >= minimum);
        }

        return source;
    }

    public static IQueryable<Project> Order(IQueryable<Project> source, IEnumerable<PeerProjectSort>? order)
    {
        IOrderedQueryable<Project>? ordered = null;
        foreach (var key in order ?? [])
        {
            if (key.BudgetAtCompletion is { } budget)
            {
                ordered = ThenBy(source, ordered, p => p.BudgetAtCompletion, budget);
            }

            if (key.Name is { } name)
            {
                ordered = ThenBy(source, ordered, p => p.Name, name);
            }
        }

        return ordered is null ? source.OrderBy(p => p.Id) : ordered.ThenBy(p => p.Id);
    }

    public static async Task<PeerPage<T>> PageAsync<T>(IQueryable<T> ordered, IQueryable<T> unordered, int first, CancellationToken cancellationToken)
    {
        var rows = await ordered.Take(first + 1).ToListAsync(cancellationToken);
        return new PeerPage<T>([.. rows.Take(first)], rows.Count > first, unordered);
    }

    private static IOrderedQueryable<Project> ThenBy<TKey>(
        IQueryable<Project> source, IOrderedQueryable<Project>? ordered, System.Linq.Expressions.Expression<Func<Project, TKey>> key, PeerSortDirection direction) =>
        (ordered, direction) switch
        {
            (null, PeerSortDirection.Desc) => source.OrderByDescending(key),
            (null, _) => source.OrderBy(key),
            (_, PeerSortDirection.Desc) => ordered.ThenByDescending(key),
            _ => ordered.ThenBy(key),
        };
}
