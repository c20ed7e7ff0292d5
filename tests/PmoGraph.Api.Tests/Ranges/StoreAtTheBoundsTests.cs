using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Api.Tests.Mutations;
using PmoGraph.Schema.Benefits;
using PmoGraph.Schema.Changes;
using PmoGraph.Schema.Financials;
using PmoGraph.Schema.Milestones;
using PmoGraph.Schema.Mutations;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Resources;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Api.Tests.Ranges;

/// <summary>
/// Issue #16, finding 9: a store whose every amount sits at the money bound (10^12), with a few at a cent to make the
/// ratios extreme, and dates at both ends of the window, is read by every summing surface without a 500.
/// </summary>
public sealed class StoreAtTheBoundsTests : IDisposable
{
    private const decimal Max = ValueRanges.MaxMoney;
    private readonly MutationTestFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<int> FillToTheBoundsAsync() => await _api.ReadAsync(async db =>
    {
        var projects = await db.Set<Project>().ExecuteUpdateAsync(s => s
            .SetProperty(p => p.BudgetAtCompletion, p => p.Id % 7 == 0 ? 0.01m : Max)
            .SetProperty(p => p.PercentComplete, 100m));
        await db.Set<Project>().Where(p => p.Id % 5 == 0).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.PlannedStart, ValueRanges.EarliestDate)
            .SetProperty(p => p.PlannedFinish, ValueRanges.LatestDate));
        await db.Set<FinancialLine>().ExecuteUpdateAsync(s => s
            .SetProperty(f => f.Budget, f => f.Id % 5 == 0 ? 0.01m : Max)
            .SetProperty(f => f.Forecast, Max)
            .SetProperty(f => f.Actual, f => f.Id % 3 == 0 ? 0.01m : Max));
        await db.Set<BenefitMeasurement>().ExecuteUpdateAsync(s => s.SetProperty(m => m.Planned, Max).SetProperty(m => m.Actual, Max));
        await db.Set<Benefit>().ExecuteUpdateAsync(s => s.SetProperty(b => b.PlannedValue, Max));
        await db.Set<ChangeRequest>().ExecuteUpdateAsync(s => s.SetProperty(c => c.CostImpact, Max));
        await db.Set<Risk>().ExecuteUpdateAsync(s => s.SetProperty(r => r.Probability, 1m).SetProperty(r => r.CostExposure, Max));
        await db.Set<Milestone>().Where(m => m.EarnedValueAmount != null).ExecuteUpdateAsync(s => s.SetProperty(m => m.EarnedValueAmount, Max));
        await db.Set<Allocation>().ExecuteUpdateAsync(s => s.SetProperty(a => a.Hours, 1_000_000m));
        await db.Set<Resource>().ExecuteUpdateAsync(s => s.SetProperty(r => r.MonthlyCapacityHours, 1_000_000m).SetProperty(r => r.HourlyRate, Max));
        return projects;
    });

    [Fact]
    public async Task GraphQL_SumsOverAStoreAtTheBounds_AnswerWithoutErrors()
    {
        var projects = await FillToTheBoundsAsync();
        var cents = await _api.ReadAsync(db => db.Set<Project>().CountAsync(p => p.Id % 7 == 0));

        var aggregate = (await _api.Client.DataAsync("""
            { projectsAggregate { count sum { budgetAtCompletion } avg { budgetAtCompletion } max { budgetAtCompletion } }
              financialLinesAggregate(groupBy: [{ project: { id: true } }]) { sum { budget forecast actual } groups { sum { actual } avg { forecast } } } }
            """)).GetProperty("projectsAggregate");
        Assert.Equal(projects, aggregate.GetProperty("count").GetInt32());
        Assert.Equal(((projects - cents) * Max) + (cents * 0.01m), aggregate.GetProperty("sum").GetProperty("budgetAtCompletion").GetDecimal());

        foreach (var query in new[]
        {
            "{ spendByDriver { alignedBudget allocatedBudget projects } spendByObjective { __typename } }",
            "{ portfolioSelection(input: { timeLimitSeconds: 5 }) { status totalCost totalValue } }",
            "{ portfolioSelection(input: { totalBudget: 1000000000000, budgets: [{ fiscalYear: 2027, amount: 1000000000000 }], timeLimitSeconds: 5 }) { status totalCost } }",
            "{ kpis(period: \"2026-10-01\") { kpi value numerator denominator } }",
            "{ kpis(period: \"2026-10-01\", scope: PROJECT) { kpi value numerator denominator } }",
            "{ kpis(period: \"2026-10-01\", scope: PORTFOLIO) { kpi value numerator denominator } }",
            """
            { projects(first: 50) { nodes { earnedValue(asOf: "2026-10-31") { earnedValue actualCost costPerformanceIndex schedulePerformanceIndex
                estimateAtCompletion estimateAtCompletionCpiSpi estimateToComplete varianceAtCompletion toCompletePerformanceIndex schedulePerformanceIndexTime } } }
              portfolios { nodes { earnedValue(asOf: "2026-10-31") { estimateAtCompletion estimateAtCompletionCpiSpi toCompletePerformanceIndex } } } }
            """,
        })
        {
            await _api.Client.DataAsync(query);
        }

        var close = (await _api.CallAsync("closePeriod", "periodClose { snapshotsAdded kpiValuesAdded }", new { period = new DateOnly(2026, 11, 1) }))
            .Succeeded("periodClose");
        Assert.True(close.GetProperty("snapshotsAdded").GetInt32() > 0);
        await _api.Client.DataAsync("{ kpiValues(first: 50) { nodes { value } } evmSnapshots(first: 50) { nodes { estimateAtCompletion } } }");
    }

    [Fact]
    public async Task ReportsAndOData_OverAStoreAtTheBounds_ServeEveryView()
    {
        await FillToTheBoundsAsync();
        await _api.CallAsync("closePeriod", "periodClose { period }", new { period = new DateOnly(2026, 11, 1) });

        using var catalogue = JsonDocument.Parse(await _api.Client.GetStringAsync("/reports"));
        var views = catalogue.RootElement.GetProperty("views").EnumerateArray().Select(v => v.GetProperty("name").GetString()!).ToList();
        Assert.NotEmpty(views);
        foreach (var view in views)
        {
            using var csv = await _api.Client.GetAsync($"/reports/{view}.csv");
            Assert.True(csv.StatusCode == HttpStatusCode.OK, $"{view}.csv: {(int)csv.StatusCode} {await csv.Content.ReadAsStringAsync()}");
            using var feed = await _api.Client.GetAsync($"/odata/{view}?$top=100&$count=true");
            Assert.True(feed.StatusCode == HttpStatusCode.OK, $"/odata/{view}: {(int)feed.StatusCode} {await feed.Content.ReadAsStringAsync()}");
        }

        // Dates at both ends of the window make the calendar 301 whole years (and the Unknown row), not millions of days.
        using var dates = JsonDocument.Parse(await _api.Client.GetStringAsync("/odata/bi_dim_date?$top=1&$count=true"));
        var days = DateOnly.FromDateTime(new DateTime(2201, 1, 1)).DayNumber - ValueRanges.EarliestDate.DayNumber;
        Assert.Equal(days + 1, dates.RootElement.GetProperty("@odata.count").GetInt32());
    }
}
