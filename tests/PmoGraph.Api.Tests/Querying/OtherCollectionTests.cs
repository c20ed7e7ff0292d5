using System.Globalization;
using System.Text.Json;

namespace PmoGraph.Api.Tests.Querying;

public sealed class OtherCollectionTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static DateOnly? Date(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Risks_OrderedByExposureAndClosedOn_PageThroughEveryRowInOrder()
    {
        var all = (await _client.AllNodesAsync("risks", "", "id exposure closedOn"))
            .Select(n => (Id: n.GetProperty("id").GetInt32(), Exposure: n.GetProperty("exposure").GetDecimal(), ClosedOn: Date(n.GetProperty("closedOn"))))
            .ToList();

        var paged = await _client.AllNodesAsync("risks", "order: [{ exposure: DESC }, { closedOn: ASC }]", "id", pageSize: 9);

        Assert.True(all.Count > 20, "the demo data has a risk register");
        Assert.Equal(
            all.OrderByDescending(r => r.Exposure).ThenBy(r => r.ClosedOn).ThenBy(r => r.Id).Select(r => r.Id),
            paged.Select(n => n.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task StatusReports_DateTimeFilterAndNestedProjectFilter_MatchTheRows()
    {
        var all = (await _client.AllNodesAsync("statusReports", "", "id submittedAt project { code }"))
            .Select(n => (
                Id: n.GetProperty("id").GetInt32(),
                SubmittedAt: n.GetProperty("submittedAt").ValueKind == JsonValueKind.Null ? (DateTimeOffset?)null : n.GetProperty("submittedAt").GetDateTimeOffset(),
                Code: n.GetProperty("project").GetProperty("code").GetString()!))
            .ToList();
        var submitted = all.Where(r => r.SubmittedAt is not null).Select(r => r.SubmittedAt!.Value).Order().ToList();
        Assert.NotEmpty(submitted);
        var literal = submitted[submitted.Count / 2].UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var pivot = DateTimeOffset.Parse(literal, CultureInfo.InvariantCulture);
        var code = all[0].Code;

        var later = await _client.AllNodesAsync(
            "statusReports", $"where: {{ submittedAt: {{ gte: \"{literal}\" }} }}", "id");
        var ofProject = await _client.AllNodesAsync("statusReports", $"where: {{ project: {{ code: {{ eq: \"{code}\" }} }} }}", "id");

        Assert.Equal(all.Where(r => r.SubmittedAt >= pivot).Select(r => r.Id).Order(), later.Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal(all.Where(r => r.Code == code).Select(r => r.Id).Order(), ofProject.Select(n => n.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Programs_WithProjectsOfAStage_MatchTheirProjects()
    {
        var programs = (await _client.AllNodesAsync("programs", "", "id projects(first: 50) { nodes { stage } }"))
            .Select(n => (Id: n.GetProperty("id").GetInt32(), Stages: n.GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("stage").GetString()).ToList()))
            .ToList();

        var closing = await _client.AllNodesAsync("programs", "where: { projects: { some: { stage: { in: [CLOSED, CANCELLED] } } } }", "id");
        var allOpen = await _client.AllNodesAsync("programs", "where: { projects: { all: { stage: { nin: [CLOSED, CANCELLED] } } } }", "id");

        Assert.Equal(programs.Where(p => p.Stages.Any(s => s is "CLOSED" or "CANCELLED")).Select(p => p.Id), closing.Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal(programs.Where(p => p.Stages.All(s => s is not ("CLOSED" or "CANCELLED"))).Select(p => p.Id), allOpen.Select(n => n.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Milestones_OrderedByANullableWeight_PageThroughEveryRowInOrder()
    {
        var all = (await _client.AllNodesAsync("milestones", "", "id earnedValueWeight"))
            .Select(n => (Id: n.GetProperty("id").GetInt32(), Weight: n.GetProperty("earnedValueWeight").ValueKind == JsonValueKind.Null ? (decimal?)null : n.GetProperty("earnedValueWeight").GetDecimal()))
            .ToList();
        var threshold = all.Where(m => m.Weight is not null).Select(m => m.Weight!.Value).Order().ElementAt(all.Count(m => m.Weight is not null) / 2);

        var paged = await _client.AllNodesAsync("milestones", "order: [{ earnedValueWeight: DESC }]", "id", pageSize: 37);
        var filtered = await _client.AllNodesAsync(
            "milestones", $"where: {{ earnedValueWeight: {{ lt: {threshold.ToString(CultureInfo.InvariantCulture)} }} }}", "id");

        Assert.True(all.Count > 100, "the demo data has milestones");
        Assert.Equal(all.OrderByDescending(r => r.Weight).ThenBy(r => r.Id).Select(r => r.Id), paged.Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal(all.Where(r => r.Weight < threshold).Select(r => r.Id), filtered.Select(n => n.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task DriverComparisons_FloatComparison_MatchesTheJudgements()
    {
        var all = (await _client.AllNodesAsync("driverComparisons", "", "id judgement"))
            .Select(n => (Id: n.GetProperty("id").GetInt32(), Judgement: n.GetProperty("judgement").GetDouble()))
            .ToList();

        var strong = await _client.AllNodesAsync("driverComparisons", "where: { judgement: { gte: 1.0 } }, order: [{ judgement: ASC }]", "id");

        Assert.NotEmpty(all);
        Assert.Equal(
            all.Where(c => c.Judgement >= 1.0).OrderBy(c => c.Judgement).ThenBy(c => c.Id).Select(c => c.Id),
            strong.Select(n => n.GetProperty("id").GetInt32()));
    }
}
