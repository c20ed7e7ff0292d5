using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Common;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Evm;

/// <summary>
/// The <c>earnedValue(asOf:)</c> field of projects, programs, portfolios and departments, batched per query level:
/// a list of 50 programs costs the same handful of SQL statements as one.
/// </summary>
public static class EarnedValueFields
{
    /// <summary>Adds <c>earnedValue(asOf: Date): EarnedValue!</c> over <paramref name="scope"/>.</summary>
    public static void EarnedValue<TSource>(this ObjectGraphType<TSource> type, EvmScope scope, Expression<Func<TSource, DateOnly?>>? statusDate = null)
        where TSource : Entity
    {
        ArgumentNullException.ThrowIfNull(type);
        var readStatusDate = statusDate?.Compile();
        var defaultDate = statusDate is null ? "today (UTC)" : "the project's status date, else today (UTC)";
        type.Field<NonNullGraphType<EarnedValueType>, IDataLoaderResult<EarnedValueMeasures>>("earnedValue")
            .Description(scope == EvmScope.Project
                ? "The project's earned-value measures computed live at a status date."
                : $"Earned value summed over the {scope.ToString().ToLowerInvariant()}'s projects that are not archived, ratios recomputed from the sums.")
            .Argument<Graph.DateGraphType>("asOf", $"The status date (end of day); defaults to {defaultDate}.")
            .Resolve(context =>
            {
                InputRangeCheck.ThrowIfOutOfRange(context);
                var services = context.RequestServices!;
                var asOf = context.GetArgument<DateOnly?>("asOf")
                    ?? readStatusDate?.Invoke(context.Source)
                    ?? DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                var loader = services.GetRequiredService<BatchLoaderRegistry>().GetOrAdd(
                    $"earnedValue:{scope}:{asOf:O}",
                    () => new BatchLoader<int, EarnedValueMeasures>(
                        (ids, ct) => EarnedValueReader.ByScopeAsync(services.GetRequiredService<PmoDbContext>(), scope, ids, asOf, ct),
                        new EarnedValueMeasures { AsOf = asOf }));
                return loader.Load(context.Source.Id);
            })
            .Reads(statusDate?.Body is MemberExpression { Member.Name: var member } ? [member] : []);
    }
}
