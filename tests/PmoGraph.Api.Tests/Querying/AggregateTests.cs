using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Surveys;

namespace PmoGraph.Api.Tests.Querying;

public sealed class AggregateTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private sealed record Row(int Id, string Stage, decimal Budget, int Priority, DateOnly? PlannedStart, DateOnly? ActualFinish, string Program, string? SponsorDepartment);

    /// <summary>Every project read through the connection, the rows the expectations are computed from with LINQ.</summary>
    private async Task<List<Row>> RowsAsync(string arguments = "") =>
        [.. (await _client.AllNodesAsync("projects", arguments, "id stage budgetAtCompletion priority plannedStart actualFinish program { name } sponsor { department { name } }"))
            .Select(n => new Row(
                n.GetProperty("id").GetInt32(),
                n.GetProperty("stage").GetString()!,
                n.GetProperty("budgetAtCompletion").GetDecimal(),
                n.GetProperty("priority").GetInt32(),
                Date(n.GetProperty("plannedStart")),
                Date(n.GetProperty("actualFinish")),
                n.GetProperty("program").GetProperty("name").GetString()!,
                n.GetProperty("sponsor") is { ValueKind: JsonValueKind.Object } sponsor && sponsor.GetProperty("department") is { ValueKind: JsonValueKind.Object } department
                    ? department.GetProperty("name").GetString()
                    : null))];

    [Fact]
    public async Task ProjectsAggregate_Totals_MatchLinqOverEveryProject()
    {
        var rows = await RowsAsync();

        var aggregate = (await _client.DataAsync("""
            { projectsAggregate {
                count
                sum { budgetAtCompletion priority }
                avg { budgetAtCompletion priority }
                min { budgetAtCompletion plannedStart actualFinish }
                max { budgetAtCompletion plannedStart actualFinish } } }
            """)).GetProperty("projectsAggregate");

        Assert.Equal(60, rows.Count);
        Assert.Equal(rows.Count, aggregate.GetProperty("count").GetInt32());
        Assert.Equal(rows.Sum(r => r.Budget), aggregate.GetProperty("sum").GetProperty("budgetAtCompletion").GetDecimal());
        Assert.Equal(rows.Sum(r => r.Priority), aggregate.GetProperty("sum").GetProperty("priority").GetInt64());
        Assert.Equal(rows.Average(r => r.Budget), aggregate.GetProperty("avg").GetProperty("budgetAtCompletion").GetDecimal(), 6);
        Assert.Equal(rows.Average(r => r.Priority), aggregate.GetProperty("avg").GetProperty("priority").GetDouble(), 9);
        Assert.Equal(rows.Min(r => r.Budget), aggregate.GetProperty("min").GetProperty("budgetAtCompletion").GetDecimal());
        Assert.Equal(rows.Max(r => r.Budget), aggregate.GetProperty("max").GetProperty("budgetAtCompletion").GetDecimal());
        Assert.Equal(rows.Min(r => r.PlannedStart), Date(aggregate.GetProperty("min").GetProperty("plannedStart")));
        Assert.Equal(rows.Max(r => r.PlannedStart), Date(aggregate.GetProperty("max").GetProperty("plannedStart")));
        Assert.Equal(rows.Min(r => r.ActualFinish), Date(aggregate.GetProperty("min").GetProperty("actualFinish")));
        Assert.Equal(rows.Max(r => r.ActualFinish), Date(aggregate.GetProperty("max").GetProperty("actualFinish")));
    }

    [Fact]
    public async Task ProjectsAggregate_GroupedByStage_MatchesLinqGroups()
    {
        var rows = await RowsAsync();

        var groups = (await _client.DataAsync("""
            { projectsAggregate(groupBy: [{ stage: true }]) { groups { key { stage name } count sum { budgetAtCompletion } max { actualFinish } } } }
            """)).GetProperty("projectsAggregate").GetProperty("groups").EnumerateArray().ToList();

        var expected = rows.GroupBy(r => r.Stage).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        Assert.True(expected.Count > 3, "the demo data has projects in several stages");
        Assert.Equal(expected.Select(g => g.Key).Order(StringComparer.Ordinal), groups.Select(g => g.GetProperty("key").GetProperty("stage").GetString()!).Order(StringComparer.Ordinal));
        foreach (var group in groups)
        {
            var own = expected.Single(g => g.Key == group.GetProperty("key").GetProperty("stage").GetString());
            Assert.Equal(JsonValueKind.Null, group.GetProperty("key").GetProperty("name").ValueKind);
            Assert.Equal(own.Count(), group.GetProperty("count").GetInt32());
            Assert.Equal(own.Sum(r => r.Budget), group.GetProperty("sum").GetProperty("budgetAtCompletion").GetDecimal());
            Assert.Equal(own.Max(r => r.ActualFinish), Date(group.GetProperty("max").GetProperty("actualFinish")));
        }
    }

    [Fact]
    public async Task ProjectsAggregate_WhereAndGroupedThroughReferences_MatchesLinqGroupsInKeyOrder()
    {
        var all = await RowsAsync();
        var median = all.Select(r => r.Budget).Order().ElementAt(all.Count / 2);
        var rows = all.Where(r => r.Budget >= median).ToList();

        var aggregate = (await _client.DataAsync($$"""
            { projectsAggregate(where: { budgetAtCompletion: { gte: {{median.ToString(CultureInfo.InvariantCulture)}} } }, groupBy: [{ program: { name: true } }, { sponsor: { department: { name: true } } }]) {
                count groups { key { program { name } sponsor { department { name } } } count avg { budgetAtCompletion } } } }
            """)).GetProperty("projectsAggregate");

        var expected = rows.GroupBy(r => (r.Program, r.SponsorDepartment))
            .OrderBy(g => g.Key.Program, StringComparer.Ordinal).ThenBy(g => g.Key.SponsorDepartment, StringComparer.Ordinal)
            .ToList();
        var groups = aggregate.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(rows.Count, aggregate.GetProperty("count").GetInt32());
        Assert.True(expected.Count > 2, "the filtered projects spread over several programs and departments");
        Assert.Equal(expected.Count, groups.Count);
        foreach (var (want, got) in expected.Zip(groups))
        {
            var key = got.GetProperty("key");
            Assert.Equal(want.Key.Program, key.GetProperty("program").GetProperty("name").GetString());
            var department = key.GetProperty("sponsor").GetProperty("department").GetProperty("name");
            Assert.Equal(want.Key.SponsorDepartment, department.ValueKind == JsonValueKind.Null ? null : department.GetString());
            Assert.Equal(want.Count(), got.GetProperty("count").GetInt32());
            Assert.Equal(want.Average(r => r.Budget), got.GetProperty("avg").GetProperty("budgetAtCompletion").GetDecimal(), 6);
        }
    }

    [Fact]
    public async Task ProjectsAggregate_TotalsAndGroups_OneStatementGroupedByTheAskedKeyOnly()
    {
        const string Query = "{ projectsAggregate(groupBy: [{ stage: true }]) { count groups { count } } }";
        await _client.DataAsync(Query);
        factory.SqlCommands.Reset();

        await _client.DataAsync(Query);

        // The totals are added up from the groups: one statement, grouped by the stage alone, computing nothing else.
        var sql = Assert.Single(factory.SqlCommands.Texts);
        Assert.Contains("COUNT(*)", sql, StringComparison.OrdinalIgnoreCase);
        var groupBy = sql[sql.IndexOf("GROUP BY", StringComparison.OrdinalIgnoreCase)..];
        Assert.Contains("\"Stage\"", groupBy, StringComparison.Ordinal);
        Assert.DoesNotContain(",", groupBy, StringComparison.Ordinal);
        Assert.DoesNotContain("SUM(", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("MAX(", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ProjectsAggregate_OneAverage_ReadsItsSumAndTheRowCountOnly()
    {
        const string Query = "{ projectsAggregate { avg { priority } } }";
        await _client.DataAsync(Query);
        factory.SqlCommands.Reset();

        var average = (await _client.DataAsync(Query)).GetProperty("projectsAggregate").GetProperty("avg").GetProperty("priority").GetDouble();

        var sql = Assert.Single(factory.SqlCommands.Texts);
        Assert.Equal((await RowsAsync()).Average(r => r.Priority), average, 9);
        Assert.Contains("\"Priority\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"BudgetAtCompletion\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"PlannedStart\"", sql, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sql, @"COUNT\(\*\)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)); // the row count is the divisor: priority is never null
    }

    [Fact]
    public async Task ProjectsAggregate_TotalsFromGroups_EqualTotalsAlone()
    {
        const string Values = "count sum { budgetAtCompletion priority } avg { budgetAtCompletion priority percentComplete } min { plannedStart actualFinish } max { budgetAtCompletion actualFinish }";

        var alone = (await _client.DataAsync($"{{ projectsAggregate {{ {Values} }} }}")).GetProperty("projectsAggregate");
        var withGroups = (await _client.DataAsync($"{{ projectsAggregate(groupBy: [{{ program: {{ name: true }} }}, {{ stage: true }}]) {{ {Values} groups {{ count }} }} }}"))
            .GetProperty("projectsAggregate");

        Assert.True(withGroups.GetProperty("groups").GetArrayLength() > 5);
        Assert.Equal(alone.GetRawText(), JsonSerializer.Serialize(withGroups.EnumerateObject().Where(p => p.Name != "groups").ToDictionary(p => p.Name, p => p.Value)));
    }

    [Fact]
    public async Task SurveyResponsesAggregate_GroupWhoseValuesAreAllNull_SumIsNullNotZero()
    {
        List<(int Survey, int? Score)> rows;
        using (var scope = factory.Services.CreateScope())
        {
            rows = [.. (await scope.ServiceProvider.GetRequiredService<PmoDbContext>().Set<SurveyResponse>().AsNoTracking()
                .Select(r => new { r.SurveyId, r.RecommendScore }).ToListAsync()).Select(r => (r.SurveyId, r.RecommendScore))];
        }

        // SQL's SUM: null over no value (a survey where nobody gave a score), the sum of the values otherwise.
        static long? Sum(IEnumerable<int?> values) => values.Any(v => v is not null) ? values.Sum(v => (long?)v) : null;
        var expected = rows.GroupBy(r => r.Survey).ToDictionary(g => g.Key, g => Sum(g.Select(r => r.Score)));
        Assert.Contains(null, expected.Values); // the demo data has such surveys, and surveys with scores
        Assert.Contains(expected.Values, v => v is not null);

        var aggregate = (await _client.DataAsync("""
            { surveyResponsesAggregate(groupBy: [{ survey: { id: true } }]) { sum { recommendScore } groups { key { survey { id } } count sum { recommendScore } avg { recommendScore } } } }
            """)).GetProperty("surveyResponsesAggregate");

        Assert.Equal(Sum(rows.Select(r => r.Score)), aggregate.GetProperty("sum").GetProperty("recommendScore").GetInt64());
        var groups = aggregate.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(expected.Count, groups.Count);
        foreach (var group in groups)
        {
            var survey = group.GetProperty("key").GetProperty("survey").GetProperty("id").GetInt32();
            var sum = group.GetProperty("sum").GetProperty("recommendScore");
            Assert.Equal(expected[survey], sum.ValueKind == JsonValueKind.Null ? null : sum.GetInt64());
            Assert.Equal(expected[survey] is null, group.GetProperty("avg").GetProperty("recommendScore").ValueKind == JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task RisksAggregate_NoRowsMatch_CountIsZeroAndValuesNull()
    {
        var aggregate = (await _client.DataAsync("""
            { risksAggregate(where: { title: { eq: "no such risk" } }) { count sum { exposure } max { raisedOn } groups { count } } }
            """)).GetProperty("risksAggregate");

        Assert.Equal(0, aggregate.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, aggregate.GetProperty("sum").GetProperty("exposure").ValueKind);
        Assert.Equal(JsonValueKind.Null, aggregate.GetProperty("max").GetProperty("raisedOn").ValueKind);
        Assert.Equal(0, aggregate.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public async Task ProjectsAggregate_MoreThanFourGroupKeys_IsAnInvalidGroupByError()
    {
        var response = await _client.QueryAsync("""
            { projectsAggregate(groupBy: [{ stage: true }, { currency: true }, { priority: true }, { isArchived: true }, { name: true }]) { groups { count } } }
            """);

        Assert.Equal(["INVALID_GROUP_BY"], response.ErrorCodes());
    }

    private static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
