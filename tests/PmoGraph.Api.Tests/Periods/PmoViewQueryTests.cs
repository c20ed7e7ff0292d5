using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Governance;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Periods;

/// <summary>The PMO's read-only views over the demo portfolio: report completeness, compliance gaps and live KPIs.</summary>
public sealed class PmoViewQueryTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<T> ReadAsync<T>(Func<PmoDbContext, Task<T>> read)
    {
        _ = await _client.DataAsync("{ __typename }"); // the store is created and seeded on first start
        var options = factory.Database.ContextOptions();
        await using var db = new PmoDbContext(options);
        return await read(db);
    }

    [Fact]
    public async Task MissingStatusReports_October_AreTheReportingProjectsWithoutASubmittedReport()
    {
        var october = new DateOnly(2026, 10, 1);
        var expected = await ReadAsync(db => db.Set<Project>()
            .Where(p => !p.IsArchived && (p.Stage == LifecycleStage.Executing || p.Stage == LifecycleStage.Closing))
            .Where(p => !p.StatusReports.Any(r => r.Period == october && r.State != ReportState.Draft))
            .OrderBy(p => p.Code).Select(p => p.Code).ToListAsync());

        var codes = (await _client.DataAsync("{ missingStatusReports(period: \"2026-10-01\") { code } }"))
            .GetProperty("missingStatusReports").EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToList();

        Assert.Equal(expected, codes);
    }

    [Fact]
    public async Task ComplianceGaps_ByPortfolio_AddUpTheProjectsAssessments()
    {
        var data = await _client.DataAsync("""
            { complianceGaps { portfolio { id } projectsAssessed required present score gaps { required present score missing { artefact stage } project { stage } } } }
            """);

        var portfolios = data.GetProperty("complianceGaps").EnumerateArray().ToList();
        Assert.True(portfolios.Count >= 3);
        foreach (var portfolio in portfolios)
        {
            var (required, present) = (portfolio.GetProperty("required").GetInt32(), portfolio.GetProperty("present").GetInt32());
            Assert.Equal(Math.Round((decimal)present / required, 4), portfolio.GetProperty("score").GetDecimal());
            Assert.All(portfolio.GetProperty("gaps").EnumerateArray(), gap =>
                Assert.Equal(gap.GetProperty("required").GetInt32() - gap.GetProperty("present").GetInt32(), gap.GetProperty("missing").GetArrayLength()));
        }
    }

    [Fact]
    public async Task Kpis_OrganisationForOctober_AgreeWithTheStoredSurveys()
    {
        var start = new DateOnly(2026, 10, 1);
        var end = new DateOnly(2026, 10, 31);
        var (satisfied, responses) = await ReadAsync(async db =>
        {
            var rows = await db.Set<Schema.Surveys.SurveyResponse>()
                .Where(r => r.RespondedOn >= start && r.RespondedOn <= end && r.Survey.Audience == Schema.Surveys.SurveyAudience.Customer && !r.Survey.Project.IsArchived)
                .Select(r => r.Satisfaction).ToListAsync();
            return (rows.Count(s => s >= 4), rows.Count);
        });

        var csat = (await _client.DataAsync("{ kpis(period: \"2026-10-01\", kpi: \"csat\") { scope scopeId numerator denominator } }"))
            .GetProperty("kpis")[0];

        Assert.Equal(("ORGANISATION", satisfied, responses), (csat.GetProperty("scope").GetString(), (int)csat.GetProperty("numerator").GetDecimal(), (int)csat.GetProperty("denominator").GetDecimal()));
    }
}
