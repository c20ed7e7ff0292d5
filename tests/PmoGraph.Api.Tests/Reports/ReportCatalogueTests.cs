using System.Net;
using System.Text.Json;
using PmoGraph.Reports.Views;

namespace PmoGraph.Api.Tests.Reports;

public sealed class ReportCatalogueTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private static readonly string[] IssueViews =
    [
        "bi_dim_date", "bi_dim_portfolio", "bi_dim_program", "bi_dim_project", "bi_dim_department", "bi_dim_person",
        "bi_dim_objective", "bi_dim_driver", "bi_dim_resource", "bi_fact_financials", "bi_fact_milestone", "bi_fact_evm",
        "bi_fact_status_report", "bi_fact_risk", "bi_fact_issue", "bi_fact_change_request", "bi_fact_allocation",
        "bi_fact_alignment", "bi_fact_benefit", "bi_fact_survey_response", "bi_fact_kpi",

        // Issue #8: portfolio selection scenarios x candidate projects.
        "bi_fact_scenario_project",
    ];

    private static readonly string[] ColumnTypes = ["int", "decimal", "string", "date"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetReports_Always_ListsEveryViewWithTypedDescribedColumns()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/reports"));
        var views = document.RootElement.GetProperty("views").EnumerateArray().ToList();

        Assert.Equal(IssueViews.Order(), views.Select(v => v.GetProperty("name").GetString()).Order());
        foreach (var view in views)
        {
            var columns = view.GetProperty("columns").EnumerateArray().ToList();
            Assert.NotEmpty(columns);
            Assert.All(columns, c => Assert.Contains(c.GetProperty("type").GetString(), ColumnTypes));
            Assert.All(columns, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("description").GetString())));
            Assert.Contains(view.GetProperty("key").GetString(), columns.Select(c => c.GetProperty("name").GetString()));
            var isFact = view.GetProperty("kind").GetString() == "fact";
            Assert.Equal(isFact, view.GetProperty("grain").ValueKind == JsonValueKind.String);
        }
    }

    [Fact]
    public async Task Views_InTheMigratedStore_HaveExactlyTheDeclaredColumnsInOrder()
    {
        _ = factory.Services;
        foreach (var view in ViewCatalogue.Views)
        {
            var names = await ReportStore.ColumnNamesAsync(factory, view.Name);

            Assert.Equal(view.Columns.Select(c => c.Name), names);
            Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9_]*$", n));
        }
    }

    [Fact]
    public async Task Dimensions_Always_HoldAnUnknownMemberKeyedMinusOne()
    {
        _ = factory.Services;
        foreach (var view in ViewCatalogue.Views.Where(v => v.Kind == "dimension"))
        {
            var unknown = await ReportStore.ColumnAsync<long>(factory, $"SELECT COUNT(*) FROM {view.Name} WHERE {view.Key} = -1");

            Assert.Equal([1L], unknown);
        }
    }

    [Fact]
    public async Task DateDimension_DemoData_CoversContiguousWholeYears()
    {
        _ = factory.Services;
        var bounds = await ReportStore.ColumnAsync<string>(factory,
            "SELECT CAST(MIN(date) AS TEXT) FROM bi_dim_date WHERE date_key <> -1 UNION ALL SELECT CAST(MAX(date) AS TEXT) FROM bi_dim_date");
        var days = await ReportStore.ColumnAsync<long>(factory, "SELECT COUNT(*) FROM bi_dim_date WHERE date_key <> -1");
        var earliestData = await ReportStore.ColumnAsync<string>(factory, "SELECT CAST(MIN(\"PlannedDate\") AS TEXT) FROM \"Milestone\"");

        var first = DateOnly.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
        var last = DateOnly.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((1, 1), (first.Month, first.Day));
        Assert.Equal((12, 31), (last.Month, last.Day));
        Assert.Equal(last.DayNumber - first.DayNumber + 1, days[0]);
        Assert.True(string.CompareOrdinal(bounds[0], earliestData[0]) <= 0);
    }

    [Fact]
    public async Task Csv_UnknownView_Returns404WithAClearBody()
    {
        using var response = await _client.GetAsync("/reports/bi_fact_nothing.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("VIEW_NOT_FOUND", body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }
}
