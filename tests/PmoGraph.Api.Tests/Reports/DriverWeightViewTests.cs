using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Strategy;

namespace PmoGraph.Api.Tests.Reports;

/// <summary>The driver weights and configured alignment scores in the views, on the demo portfolio.</summary>
public sealed class DriverWeightViewTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private static readonly Dictionary<string, double> DefaultScores = new(StringComparer.Ordinal)
    {
        ["None"] = 0,
        ["Low"] = 1,
        ["Moderate"] = 3,
        ["Strong"] = 5,
        ["Extreme"] = 9,
    };

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The demo's judgements (DemoStrategyBuilder) weighed here, independently of the store: id order.</summary>
    private static IReadOnlyList<double> DemoWeights() => AhpPriorities.Compute(new double[,]
    {
        { 1, 3, 2, 3, 5 },
        { 1.0 / 3, 1, 0.5, 1, 2 },
        { 0.5, 2, 1, 2, 3 },
        { 1.0 / 3, 1, 0.5, 1, 2 },
        { 0.2, 0.5, 1.0 / 3, 0.5, 1 },
    }).Weights;

    [Fact]
    public async Task DimDriver_DemoStore_CarriesTheWeightsTheSeederStored()
    {
        var weights = await ReportStore.ColumnAsync<double>(factory, "SELECT weight FROM bi_dim_driver WHERE driver_key <> -1 ORDER BY driver_key");
        var days = await ReportStore.ColumnAsync<string>(factory, "SELECT CAST(weighed_on AS VARCHAR(10)) FROM bi_dim_driver WHERE driver_key <> -1");
        var ratios = await ReportStore.ColumnAsync<double>(factory, "SELECT consistency_ratio FROM bi_dim_driver WHERE driver_key <> -1");

        Assert.Equal(DemoWeights().Select(w => Math.Round(w, 4)), weights.Select(w => Math.Round(w, 4)));
        Assert.Equal(0.41, Math.Round(weights[0], 2));
        Assert.All(days, d => Assert.Equal("2026-10-31", d));
        Assert.All(ratios, r => Assert.InRange(r, 0, 0.01));
        Assert.Equal([-1], await ReportStore.ColumnAsync<int>(factory, "SELECT driver_key FROM bi_dim_driver WHERE weight IS NULL"));

        // GraphQL serves the same stored weights, to six decimals.
        var nodes = (await _client.DataAsync("{ businessDrivers(order: [{ id: ASC }]) { nodes { weight weightRevision { trigger isApplied } } } }"))
            .GetProperty("businessDrivers").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(DemoWeights().Select(w => Math.Round((decimal)w, 6)), nodes.Select(n => n.GetProperty("weight").GetDecimal()));
        Assert.All(nodes, n => Assert.Equal("seed", n.GetProperty("weightRevision").GetProperty("trigger").GetString()));
    }

    [Fact]
    public async Task FactAlignment_DemoStore_ScoresAndWeightedScoresAgreeWithAnIndependentComputation()
    {
        _ = factory.Services;
        await using var db = new PmoDbContext(factory.Database.ContextOptions());
        var driverIds = await db.Set<BusinessDriver>().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
        var ratings = await db.Set<ProjectAlignment>().OrderBy(a => a.Id).Select(a => new { a.Id, a.ProjectId, a.DriverId, a.Rating }).ToListAsync();
        var weights = DemoWeights();
        var expected = ratings.Select(r => (
            Score: DefaultScores[r.Rating.ToString()],
            Weighted: r.DriverId is { } d ? DefaultScores[r.Rating.ToString()] * weights[driverIds.IndexOf(d)] : -1)).ToList();

        var scores = await ReportStore.ColumnAsync<double>(factory, "SELECT alignment_score FROM bi_fact_alignment ORDER BY alignment_key");
        var weighted = await ReportStore.ColumnAsync<double>(factory, "SELECT COALESCE(weighted_score, -1) FROM bi_fact_alignment ORDER BY alignment_key");

        Assert.True(ratings.Count(r => r.DriverId is not null) > 100);
        Assert.Equal(expected.Select(e => e.Score), scores);
        Assert.Equal(expected.Count, weighted.Count);
        for (var i = 0; i < weighted.Count; i++)
        {
            Assert.Equal(expected[i].Weighted, weighted[i], 0.0001);
        }

        // Per project, the weighted scores add up to the strategic value the API computes.
        var matrix = (await _client.DataAsync("{ alignmentMatrix { project { id } strategicValue } }")).GetProperty("alignmentMatrix").EnumerateArray().ToList();
        var sums = await ReportStore.ColumnAsync<string>(factory,
            "SELECT CAST(project_key AS VARCHAR(12)) || '=' || CAST(SUM(weighted_score) AS VARCHAR(40)) FROM bi_fact_alignment WHERE driver_key <> -1 GROUP BY project_key");
        var byProject = sums.Select(s => s.Split('=')).ToDictionary(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p => double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(matrix.Count(r => byProject.ContainsKey(r.GetProperty("project").GetProperty("id").GetInt32())) > 10);
        Assert.All(matrix.Where(r => byProject.ContainsKey(r.GetProperty("project").GetProperty("id").GetInt32())), r =>
            Assert.Equal(r.GetProperty("strategicValue").GetDouble(), byProject[r.GetProperty("project").GetProperty("id").GetInt32()], 0.001));
    }

    [Fact]
    public async Task FactAlignment_ConfiguredScores_AreTheScoresTheViewUses()
    {
        using var configured = new PmoApiFactory();
        configured.Settings["Alignment:Extreme"] = "10";
        configured.Settings["Alignment:Low"] = "2";
        _ = configured.Services;

        var extreme = await ReportStore.ColumnAsync<double>(configured, "SELECT DISTINCT alignment_score FROM bi_fact_alignment WHERE rating = 'Extreme'");
        var low = await ReportStore.ColumnAsync<double>(configured, "SELECT DISTINCT alignment_score FROM bi_fact_alignment WHERE rating = 'Low'");
        var strong = await ReportStore.ColumnAsync<double>(configured, "SELECT DISTINCT alignment_score FROM bi_fact_alignment WHERE rating = 'Strong'");

        Assert.Equal([10.0], extreme);
        Assert.Equal([2.0], low);
        Assert.Equal([5.0], strong);
    }

    [Theory]
    [InlineData("bi_dim_driver", "weight,weighed_on,consistency_ratio")]
    [InlineData("bi_fact_alignment", "alignment_score,weighted_score")]
    [InlineData("bi_fact_scenario_project", "scenario_project_key,scenario_key,scenario_name,scenario_status,scenario_created_on,project_key,is_selected,strategic_value,cost,selected_value,selected_cost")]
    public async Task CsvAndOData_NewColumns_AreListed(string view, string columns)
    {
        var csv = await _client.GetStringAsync($"/reports/{view}.csv");
        var header = csv.Split("\r\n")[0].Split(',');
        using var metadata = await _client.GetAsync("/odata/$metadata");
        var csdl = XDocument.Parse(await metadata.Content.ReadAsStringAsync());
        var entityType = csdl.Descendants().Single(e => e.Name.LocalName == "EntityType" && (string?)e.Attribute("Name") == view);
        var properties = entityType.Elements().Where(e => e.Name.LocalName == "Property").Select(e => (string)e.Attribute("Name")!).ToList();
        var entitySets = csdl.Descendants().Where(e => e.Name.LocalName == "EntitySet").Select(e => (string)e.Attribute("Name")!).ToList();

        foreach (var column in columns.Split(','))
        {
            Assert.Contains(column, header);
            Assert.Contains(column, properties);
        }

        Assert.Contains(view, entitySets);
    }
}
