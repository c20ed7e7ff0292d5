using System.Text.Json;

namespace PmoGraph.Api.Tests.Evm;

public sealed class EarnedValueQueryTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private const string Measures = "projectCount plannedValue earnedValue actualCost budgetAtCompletion schedulePerformanceIndex costPerformanceIndex rag";
    private readonly HttpClient _client = factory.WithoutCostLimit().CreateClient();

    private static decimal Dec(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    [Fact]
    public async Task PortfolioEarnedValue_SumsItsProjectsAndRecomputesRatios()
    {
        var data = await _client.DataAsync(
            "{ portfolios(first: 10) { nodes { earnedValue(asOf: \"2026-10-31\") { " + Measures + " } "
            + "programs(first: 50) { nodes { projects(first: 50) { nodes { isArchived earnedValue(asOf: \"2026-10-31\") { " + Measures + " } } } } } } } }");

        foreach (var portfolio in data.GetProperty("portfolios").GetProperty("nodes").EnumerateArray())
        {
            var rollup = portfolio.GetProperty("earnedValue");
            var projects = portfolio.GetProperty("programs").GetProperty("nodes").EnumerateArray()
                .SelectMany(p => p.GetProperty("projects").GetProperty("nodes").EnumerateArray())
                .Where(p => !p.GetProperty("isArchived").GetBoolean())
                .Select(p => p.GetProperty("earnedValue")).ToList();
            var (pv, ev, ac) = (projects.Sum(p => Dec(p, "plannedValue")), projects.Sum(p => Dec(p, "earnedValue")), projects.Sum(p => Dec(p, "actualCost")));

            Assert.Equal(projects.Count, rollup.GetProperty("projectCount").GetInt32());
            Assert.Equal((pv, ev, ac), (Dec(rollup, "plannedValue"), Dec(rollup, "earnedValue"), Dec(rollup, "actualCost")));
            Assert.Equal(projects.Sum(p => Dec(p, "budgetAtCompletion")), Dec(rollup, "budgetAtCompletion"));
            Assert.Equal(Math.Round(ev / ac, 4), Dec(rollup, "costPerformanceIndex"));
            Assert.Equal(Math.Round(ev / pv, 4), Dec(rollup, "schedulePerformanceIndex"));
            var rags = projects.Select(p => p.GetProperty("rag").GetString()).ToList();
            var expected = rags.Contains("RED") ? "RED" : rags.Contains("AMBER") ? "AMBER" : rags.Contains("GREEN") ? "GREEN" : "GREY";
            Assert.Equal(expected, rollup.GetProperty("rag").GetString());
        }
    }

    [Fact]
    public async Task EarnedValue_ForEveryProgramAndPortfolio_CostsABoundedNumberOfStatements()
    {
        factory.SqlCommands.Reset();
        var data = await _client.DataAsync(
            "{ programs(first: 50) { nodes { earnedValue(asOf: \"2026-10-31\") { costPerformanceIndex } portfolio { earnedValue(asOf: \"2026-10-31\") { costPerformanceIndex } } } } }");

        Assert.True(data.GetProperty("programs").GetProperty("nodes").GetArrayLength() >= 8);

        // programs page (2) + program roll-ups (3 + policy) + portfolios by id (1) + portfolio roll-ups (3 + policy).
        Assert.InRange(factory.SqlCommands.Count, 3, 12);
    }

    [Fact]
    public async Task EarnedValueHistory_MonthEnds_AreComputedForEachMonth()
    {
        var project = (await _client.DataAsync(
            "{ projects(first: 1, where: { stage: { eq: EXECUTING } }) { nodes { id earnedValueHistory(from: \"2026-08-15\", to: \"2026-10-01\") { asOf actualCost } "
            + "earnedValue(asOf: \"2026-09-30\") { actualCost } } } }")).GetProperty("projects").GetProperty("nodes")[0];

        var history = project.GetProperty("earnedValueHistory").EnumerateArray().ToList();
        Assert.Equal(["2026-08-31", "2026-09-30", "2026-10-31"], history.Select(h => h.GetProperty("asOf").GetString()));
        Assert.Equal(Dec(project.GetProperty("earnedValue"), "actualCost"), Dec(history[1], "actualCost"));
        Assert.True(Dec(history[0], "actualCost") <= Dec(history[2], "actualCost"));
    }

    [Fact]
    public async Task EarnedValueHistory_ReversedRange_IsAnErrorWithACode()
    {
        var response = await _client.QueryAsync("{ projects(first: 1) { nodes { earnedValueHistory(from: \"2026-10-01\", to: \"2026-08-01\") { asOf } } } }");

        Assert.Contains("INVALID_DATE_RANGE", response.ErrorCodes());
    }
}
