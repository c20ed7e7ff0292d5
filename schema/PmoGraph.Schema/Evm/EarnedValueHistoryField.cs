using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Evm;

/// <summary>A project's earned value at each month end of a range, computed live (the frozen history is <c>evmSnapshots</c>).</summary>
public static class EarnedValueHistoryField
{
    /// <summary>The longest range the field computes, in months.</summary>
    public const int MaxMonths = 120;

    public static void EarnedValueHistory(this ObjectGraphType<Project> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EarnedValueType>>>, IDataLoaderResult<IReadOnlyList<EarnedValueMeasures>>>("earnedValueHistory")
            .Description($"The project's earned value at the end of each month from 'from' to 'to' (at most {MaxMonths} months), computed live from today's data.")
            .Argument<NonNullGraphType<Graph.DateGraphType>>("from", "Any day of the first month.")
            .Argument<NonNullGraphType<Graph.DateGraphType>>("to", "Any day of the last month.")
            .Resolve(context =>
            {
                InputRangeCheck.ThrowIfOutOfRange(context);
                var ends = MonthEnds(context.GetArgument<DateOnly>("from"), context.GetArgument<DateOnly>("to"));
                var services = context.RequestServices!;
                var loader = services.GetRequiredService<BatchLoaderRegistry>().GetOrAdd(
                    $"earnedValueHistory:{ends[0]:O}:{ends[^1]:O}",
                    () => new BatchLoader<int, IReadOnlyList<EarnedValueMeasures>>(
                        (ids, ct) => LoadAsync(services.GetRequiredService<PmoDbContext>(), ids, ends, ct),
                        []));
                return loader.Load(context.Source.Id);
            })
            .Reads();
    }

    /// <summary>The last day of each month from <paramref name="from"/>'s to <paramref name="to"/>'s.</summary>
    public static IReadOnlyList<DateOnly> MonthEnds(DateOnly from, DateOnly to)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var last = new DateOnly(to.Year, to.Month, 1);
        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        if (months < 1 || months > MaxMonths)
        {
            throw new ExecutionError($"'from' must not be after 'to', and the range may span at most {MaxMonths} months.") { Code = EvmErrorCodes.InvalidDateRange };
        }

        return [.. Enumerable.Range(0, months).Select(i => first.AddMonths(i + 1).AddDays(-1))];
    }

    private static async Task<IReadOnlyDictionary<int, IReadOnlyList<EarnedValueMeasures>>> LoadAsync(
        PmoDbContext db, IReadOnlyCollection<int> ids, IReadOnlyList<DateOnly> ends, CancellationToken cancellationToken)
    {
        var projects = await EarnedValueLoader.LoadAsync(db, EarnedValueReader.Members(EvmScope.Project, ids), cancellationToken).ConfigureAwait(false);
        var policy = await EarnedValueReader.PolicyAsync(db, cancellationToken).ConfigureAwait(false);
        return projects.ToDictionary(
            p => p.Id,
            p => (IReadOnlyList<EarnedValueMeasures>)[.. ends.Select(end => EarnedValueReader.Judged([p.Inputs], policy, end))]);
    }
}
