using System.Globalization;
using static PmoGraph.Api.Tests.Querying.FilterTestData;

namespace PmoGraph.Api.Tests.Querying;

public sealed class ComparableFilterTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task AssertMatchesAsync(IReadOnlyList<ProjectRow> rows, string filter, Func<ProjectRow, bool> expected)
    {
        var actual = await _client.ProjectIdsAsync($"where: {{ {filter} }}");

        Assert.True(rows.IdsWhere(expected).SequenceEqual(actual), $"{filter}: expected [{string.Join(",", rows.IdsWhere(expected))}], got [{string.Join(",", actual)}]");
    }

    private static string Date(DateOnly date) => "\"" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"";

    [Fact]
    public async Task Where_DecimalComparisons_MatchDecimalComparison()
    {
        var rows = await _client.AllProjectsAsync();
        var median = rows.MedianBudget();
        var m = median.ToString(CultureInfo.InvariantCulture);
        var other = rows.First(r => r.BudgetAtCompletion != median).BudgetAtCompletion;

        await AssertMatchesAsync(rows, $"budgetAtCompletion: {{ eq: {m} }}", r => r.BudgetAtCompletion == median);
        await AssertMatchesAsync(rows, $"budgetAtCompletion: {{ neq: {m} }}", r => r.BudgetAtCompletion != median);
        await AssertMatchesAsync(rows, $"budgetAtCompletion: {{ gt: {m} }}", r => r.BudgetAtCompletion > median);
        await AssertMatchesAsync(rows, $"budgetAtCompletion: {{ ngt: {m} }}", r => r.BudgetAtCompletion <= median);
        await AssertMatchesAsync(rows, $"budgetAtCompletion: {{ gte: {m} }}", r => r.BudgetAtCompletion >= median);
        await AssertMatchesAsync(rows, $"budgetAtCompletion: {{ ngte: {m} }}", r => r.BudgetAtCompletion < median);
        await AssertMatchesAsync(rows, $"budgetAtCompletion: {{ lt: {m} }}", r => r.BudgetAtCompletion < median);
        await AssertMatchesAsync(rows, $"budgetAtCompletion: {{ nlt: {m} }}", r => r.BudgetAtCompletion >= median);
        await AssertMatchesAsync(rows, $"budgetAtCompletion: {{ lte: {m} }}", r => r.BudgetAtCompletion <= median);
        await AssertMatchesAsync(rows, $"budgetAtCompletion: {{ nlte: {m} }}", r => r.BudgetAtCompletion > median);
        await AssertMatchesAsync(
            rows,
            $"budgetAtCompletion: {{ in: [{m}, {other.ToString(CultureInfo.InvariantCulture)}] }}",
            r => r.BudgetAtCompletion == median || r.BudgetAtCompletion == other);
        // Decimal columns are TEXT on SQLite: 99999.5 < 100000 must compare as numbers, not as text.
        await AssertMatchesAsync(rows, "budgetAtCompletion: { gt: 99999.5, lt: 1000000.25 }", r => r.BudgetAtCompletion is > 99999.5m and < 1000000.25m);
        await AssertMatchesAsync(rows, "percentComplete: { gte: 50 }", r => r.PercentComplete >= 50);
    }

    [Fact]
    public async Task Where_DateComparisons_MatchDateComparisonWithNullsOnlyInNegations()
    {
        var rows = await _client.AllProjectsAsync();
        var finished = rows.Where(r => r.ActualFinish is not null).Select(r => r.ActualFinish!.Value).Order().ToList();
        Assert.True(finished.Count >= 3 && finished.Count < rows.Count, "the demo data has finished and unfinished projects");
        var pivot = finished[finished.Count / 2];
        var planned = rows.Where(r => r.PlannedFinish is not null).Select(r => r.PlannedFinish!.Value).Order().ElementAt(20);

        await AssertMatchesAsync(rows, $"actualFinish: {{ lt: {Date(pivot)} }}", r => r.ActualFinish < pivot);
        await AssertMatchesAsync(rows, $"actualFinish: {{ nlt: {Date(pivot)} }}", r => !(r.ActualFinish < pivot));
        await AssertMatchesAsync(rows, $"actualFinish: {{ gte: {Date(pivot)} }}", r => r.ActualFinish >= pivot);
        await AssertMatchesAsync(rows, $"actualFinish: {{ eq: {Date(pivot)} }}", r => r.ActualFinish == pivot);
        await AssertMatchesAsync(rows, $"actualFinish: {{ neq: {Date(pivot)} }}", r => r.ActualFinish != pivot);
        await AssertMatchesAsync(rows, $"plannedFinish: {{ lte: {Date(planned)} }}", r => r.PlannedFinish <= planned);
        await AssertMatchesAsync(rows, $"plannedFinish: {{ gt: {Date(planned)} }}, priority: {{ in: [1, 2, 3] }}", r => r.PlannedFinish > planned && r.Priority is 1 or 2 or 3);
    }

    [Fact]
    public async Task Where_EqNull_MatchesRowsWithoutAValue()
    {
        var rows = await _client.AllProjectsAsync();

        await AssertMatchesAsync(rows, "actualFinish: { eq: null }", r => r.ActualFinish is null);
        await AssertMatchesAsync(rows, "actualFinish: { neq: null }", r => r.ActualFinish is not null);
        await AssertMatchesAsync(rows, "manager: { name: { eq: null } }", r => r.ManagerName is null);
        await AssertMatchesAsync(rows, "budgetAtCompletion: { eq: null }", _ => false);
        await AssertMatchesAsync(rows, "actualFinish: { in: [null, \"2000-01-01\"] }", r => r.ActualFinish is null);
    }

    [Fact]
    public async Task Where_EnumInAndNin_MatchTheStages()
    {
        var rows = await _client.AllProjectsAsync();
        var stages = rows.Select(r => r.Stage).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(stages.Count >= 3, "the demo data spans several stages");
        var some = stages.Take(2).ToList();

        await AssertMatchesAsync(rows, $"stage: {{ eq: {stages[0]} }}", r => r.Stage == stages[0]);
        await AssertMatchesAsync(rows, $"stage: {{ neq: {stages[0]} }}", r => r.Stage != stages[0]);
        await AssertMatchesAsync(rows, $"stage: {{ in: [{string.Join(", ", some)}] }}", r => some.Contains(r.Stage));
        await AssertMatchesAsync(rows, $"stage: {{ nin: [{string.Join(", ", some)}] }}", r => !some.Contains(r.Stage));
        await AssertMatchesAsync(rows, "isArchived: { eq: false }", r => !r.IsArchived);
    }

    [Fact]
    public async Task Where_AndOr_CombineConditions()
    {
        var rows = await _client.AllProjectsAsync();
        var median = rows.MedianBudget();
        var stage = rows[0].Stage;

        await AssertMatchesAsync(
            rows,
            $"or: [{{ stage: {{ eq: {stage} }} }}, {{ budgetAtCompletion: {{ gt: {median.ToString(CultureInfo.InvariantCulture)} }} }}], " +
            "and: [{ name: { contains: \"a\" } }, { isArchived: { eq: false } }]",
            r => (r.Stage == stage || r.BudgetAtCompletion > median) && r.Name.Contains('a', StringComparison.Ordinal) && !r.IsArchived);
    }

    [Fact]
    public async Task Where_NestedReferences_FilterThroughProgramAndPortfolio()
    {
        var rows = await _client.AllProjectsAsync();
        var portfolio = rows[^1].PortfolioName;
        var programs = rows.Select(r => r.ProgramName).Distinct().Take(2).ToList();
        var manager = rows.First(r => r.ManagerName is not null).ManagerName!;

        await AssertMatchesAsync(rows, $"program: {{ portfolio: {{ name: {{ eq: {Literal(portfolio)} }} }} }}", r => r.PortfolioName == portfolio);
        await AssertMatchesAsync(rows, $"program: {{ name: {{ in: [{Literal(programs[0])}, {Literal(programs[1])}] }} }}", r => programs.Contains(r.ProgramName));
        await AssertMatchesAsync(rows, $"manager: {{ name: {{ startsWith: {Literal(manager[..1])} }} }}", r => r.ManagerName?.StartsWith(manager[..1], StringComparison.Ordinal) == true);
        Assert.InRange(rows.Count(r => r.PortfolioName == portfolio), 1, rows.Count - 1);
    }
}
