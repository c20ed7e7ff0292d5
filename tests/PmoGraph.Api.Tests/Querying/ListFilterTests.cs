namespace PmoGraph.Api.Tests.Querying;

public sealed class ListFilterTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task AssertMatchesAsync(IReadOnlyList<ProjectRow> rows, string filter, Func<ProjectRow, bool> expected)
    {
        var actual = await _client.ProjectIdsAsync($"where: {{ {filter} }}");

        Assert.True(rows.IdsWhere(expected).SequenceEqual(actual), $"{filter}: expected [{string.Join(",", rows.IdsWhere(expected))}], got [{string.Join(",", actual)}]");
    }

    [Fact]
    public async Task Where_MilestonesSomeAllNone_MatchTheProjectsMilestones()
    {
        var rows = await _client.AllProjectsAsync();
        Assert.Contains(rows, r => r.MilestoneActualDates.Any(d => d is null));
        Assert.Contains(rows, r => r.MilestoneActualDates.Count > 0 && r.MilestoneActualDates.All(d => d is not null));

        await AssertMatchesAsync(rows, "milestones: { some: { actualDate: { eq: null } } }", r => r.MilestoneActualDates.Any(d => d is null));
        await AssertMatchesAsync(rows, "milestones: { all: { actualDate: { neq: null } } }", r => r.MilestoneActualDates.All(d => d is not null));
        await AssertMatchesAsync(rows, "milestones: { none: { percentComplete: { gte: 50 } } }", r => !r.MilestonePercents.Any(p => p >= 50));
        await AssertMatchesAsync(
            rows,
            "milestones: { some: { actualDate: { eq: null }, percentComplete: { gt: 0 } } }",
            r => r.MilestoneActualDates.Zip(r.MilestonePercents).Any(m => m.First is null && m.Second > 0));
    }

    [Fact]
    public async Task Where_ListAny_MatchesProjectsWithAndWithoutRows()
    {
        var rows = await _client.AllProjectsAsync();

        await AssertMatchesAsync(rows, "milestones: { any: true }", r => r.MilestoneActualDates.Count > 0);
        await AssertMatchesAsync(rows, "milestones: { any: false }", r => r.MilestoneActualDates.Count == 0);
        await AssertMatchesAsync(rows, "risks: { any: false }", r => r.RiskStatuses.Count == 0);
    }

    [Fact]
    public async Task Where_RisksWithAnEnumStatus_MatchTheRiskRegister()
    {
        var rows = await _client.AllProjectsAsync();
        var status = rows.SelectMany(r => r.RiskStatuses).GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;

        await AssertMatchesAsync(rows, $"risks: {{ some: {{ status: {{ eq: {status} }} }} }}", r => r.RiskStatuses.Contains(status));
        await AssertMatchesAsync(rows, $"risks: {{ all: {{ status: {{ eq: {status} }} }} }}", r => r.RiskStatuses.All(s => s == status));
        await AssertMatchesAsync(
            rows,
            $"risks: {{ none: {{ status: {{ eq: {status} }} }} }}, milestones: {{ some: {{ actualDate: {{ eq: null }} }} }}",
            r => !r.RiskStatuses.Contains(status) && r.MilestoneActualDates.Any(d => d is null));
    }
}
