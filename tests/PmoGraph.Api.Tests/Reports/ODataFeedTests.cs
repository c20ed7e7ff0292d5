using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Reports.Views;

namespace PmoGraph.Api.Tests.Reports;

/// <summary>The OData contract Power BI relies on, over the demo portfolio with a small page size so paging shows.</summary>
public sealed class ODataFeedTests : IClassFixture<ODataFeedTests.SmallPageFactory>
{
    private const int PageSize = 100;
    private readonly SmallPageFactory _factory;
    private readonly HttpClient _client;

    public ODataFeedTests(SmallPageFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    public sealed class SmallPageFactory : IDisposable
    {
        public SmallPageFactory() => Factory.Settings["OData:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public PmoApiFactory Factory { get; } = new();

        public HttpClient CreateClient() => Factory.CreateClient();

        public void Dispose() => Factory.Dispose();
    }

    private async Task<JsonElement> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("4.0", response.Headers.GetValues("OData-Version").Single());
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static List<JsonElement> Rows(JsonElement page) => [.. page.GetProperty("value").EnumerateArray()];

    private static List<int> Keys(JsonElement page, string key) => [.. Rows(page).Select(r => r.GetProperty(key).GetInt32())];

    private static string Q(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task Metadata_Always_DeclaresAKeyedEntitySetPerView()
    {
        var csdl = XDocument.Parse(await _client.GetStringAsync("/odata/$metadata"));
        XNamespace edm = "http://docs.oasis-open.org/odata/ns/edm";

        var sets = csdl.Descendants(edm + "EntitySet").Select(s => (string)s.Attribute("Name")!).Order().ToList();
        Assert.Equal(ViewCatalogue.Views.Select(v => v.Name).Order(), sets);
        foreach (var view in ViewCatalogue.Views)
        {
            var type = csdl.Descendants(edm + "EntityType").Single(t => (string)t.Attribute("Name")! == view.Name);
            Assert.Equal(view.Key, (string)type.Element(edm + "Key")!.Element(edm + "PropertyRef")!.Attribute("Name")!);
            Assert.Equal(view.Columns.Select(c => c.Name), type.Elements(edm + "Property").Select(p => (string)p.Attribute("Name")!));
        }

        var service = await GetAsync("/odata");
        Assert.Equal(sets, Rows(service).Select(s => s.GetProperty("url").GetString()!).Order().ToList());
    }

    [Fact]
    public async Task EntitySet_FilterSelectOrderTopSkipCount_MatchesTheStore()
    {
        var open = await ReportStore.ColumnAsync<int>(_factory.Factory,
            "SELECT \"Id\" FROM \"Risk\" WHERE \"Status\" <> 'Closed' AND \"Impact\" >= 4 ORDER BY CAST(\"Exposure\" AS REAL) DESC, \"Id\"");

        var page = await GetAsync($"/odata/bi_fact_risk?$filter={Q("is_open eq 1 and impact ge 4")}&$select=risk_key,exposure&$orderby={Q("exposure desc")}&$top=5&$skip=2&$count=true");

        Assert.Equal(open.Count, page.GetProperty("@odata.count").GetInt32());
        Assert.Equal(open.Skip(2).Take(5), Keys(page, "risk_key"));
        Assert.All(Rows(page), r => Assert.Equal(["risk_key", "exposure"], r.EnumerateObject().Select(p => p.Name)));
        Assert.EndsWith("$metadata#bi_fact_risk(risk_key,exposure)", page.GetProperty("@odata.context").GetString());
        Assert.False(page.TryGetProperty("@odata.nextLink", out _));
    }

    [Fact]
    public async Task EntitySet_FollowingNextLinks_VisitsEveryRowOnce()
    {
        var expected = await ReportStore.ColumnAsync<int>(_factory.Factory, "SELECT \"Id\" FROM \"Allocation\" ORDER BY \"Id\"");
        Assert.True(expected.Count > 3 * PageSize);

        foreach (var first in new[] { "/odata/bi_fact_allocation?$select=allocation_key", $"/odata/bi_fact_allocation?$select=allocation_key&$orderby={Q("allocated_hours desc")}" })
        {
            var seen = new List<int>();
            var pages = 0;
            for (string? url = first; url is not null; pages++)
            {
                var page = await GetAsync(url);
                Assert.True(Rows(page).Count <= PageSize);
                seen.AddRange(Keys(page, "allocation_key"));
                url = page.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
            }

            Assert.Equal((expected.Count + PageSize - 1) / PageSize, pages);
            Assert.Equal(expected, seen.Order());
        }
    }

    [Fact]
    public async Task Financials_FollowingNextLinks_VisitsEveryProjectMonthOnce()
    {
        var expected = await ReportStore.ColumnAsync<int>(_factory.Factory,
            "SELECT MIN(\"Id\") FROM \"FinancialLine\" GROUP BY \"ProjectId\", \"Month\" ORDER BY 1");
        Assert.True(expected.Count > 3 * PageSize);

        var seen = new List<int>();
        var pages = 0;
        for (string? url = "/odata/bi_fact_financials?$select=financials_key,project_key,month"; url is not null; pages++)
        {
            var page = await GetAsync(url);
            Assert.True(Rows(page).Count <= PageSize);
            seen.AddRange(Keys(page, "financials_key"));
            url = page.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }

        Assert.Equal((expected.Count + PageSize - 1) / PageSize, pages);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(expected, seen.Order());
    }

    [Fact]
    public async Task EntitySet_SignedInWithAKeyInTheQuery_NextLinkCarriesTheKey()
    {
        string key;
        await using (var scope = _factory.Factory.Services.CreateAsyncScope())
        {
            key = await scope.ServiceProvider.GetRequiredService<PmoGraph.Api.Security.ReportingKeyStore>().CreateAsync("powerbi-paging", default);
        }

        var expected = await ReportStore.ColumnAsync<int>(_factory.Factory, "SELECT \"Id\" FROM \"Allocation\" ORDER BY \"Id\"");
        using var anonymous = _factory.Factory.CreateAnonymousClient();
        var seen = new List<int>();
        var links = new List<string>();
        for (string? url = $"/odata/bi_fact_allocation?$select=allocation_key&api_key={Q(key)}"; url is not null;)
        {
            using var response = await anonymous.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
            using var document = JsonDocument.Parse(body);
            seen.AddRange(Keys(document.RootElement, "allocation_key"));
            url = document.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
            if (url is not null)
            {
                links.Add(url);
            }
        }

        Assert.True(links.Count >= 3);
        Assert.All(links, l => Assert.Contains("api_key=" + Q(key), l, StringComparison.Ordinal));
        Assert.Equal(expected, seen);
        // A client that appends its key to every URL, nextLinks included, sends it twice: still signed in.
        using var twice = await anonymous.GetAsync(links[0] + "&api_key=" + Q(key));
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        // Without the key the link is refused, and a different second key is not the key.
        using var without = await anonymous.GetAsync(links[0].Replace("&api_key=" + Q(key), "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        using var other = await anonymous.GetAsync(links[0] + "&api_key=pmo_0123456789ab_SECRETSECRET");
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task EntitySet_TopAcrossPages_StopsAtTop()
    {
        var seen = new List<int>();
        for (string? url = "/odata/bi_fact_allocation?$top=250&$skip=10"; url is not null;)
        {
            var page = await GetAsync(url);
            seen.AddRange(Keys(page, "allocation_key"));
            url = page.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }

        var expected = await ReportStore.ColumnAsync<int>(_factory.Factory, "SELECT \"Id\" FROM \"Allocation\" ORDER BY \"Id\" LIMIT 250 OFFSET 10");
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("planned_date ge 2026-01-01T00:00:00Z and planned_date lt 2026-04-01T00:00:00Z", "2026-01-01", "2026-04-01")]
    [InlineData("planned_date ge 2026-01-01 and planned_date lt 2026-04-01", "2026-01-01", "2026-04-01")]
    [InlineData("planned_date ge 2026-01-01T08:30:00Z and planned_date lt 2026-04-01T08:30:00Z", "2026-01-02", "2026-04-02")]
    public async Task EntitySet_DateWindowFilter_ReturnsExactlyTheRowsInTheWindow(string filter, string from, string until)
    {
        var expected = await ReportStore.ColumnAsync<int>(_factory.Factory,
            $"SELECT \"Id\" FROM \"Milestone\" WHERE \"PlannedDate\" >= '{from}' AND \"PlannedDate\" < '{until}' ORDER BY \"Id\"");
        Assert.NotEmpty(expected);

        var seen = new List<int>();
        for (string? url = $"/odata/bi_fact_milestone?$filter={Q(filter)}"; url is not null;)
        {
            var page = await GetAsync(url);
            seen.AddRange(Keys(page, "milestone_key"));
            url = page.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }

        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("$apply=groupby((status))", HttpStatusCode.NotImplemented)]
    [InlineData("$expand=project", HttpStatusCode.NotImplemented)]
    [InlineData("$search=supplier", HttpStatusCode.NotImplemented)]
    [InlineData("$filter=risk_key add 1 eq 2", HttpStatusCode.NotImplemented)]
    [InlineData("$filter=length(title) gt 3", HttpStatusCode.NotImplemented)]
    [InlineData("$filter=nope eq 1", HttpStatusCode.BadRequest)]
    [InlineData("$filter=title eq", HttpStatusCode.BadRequest)]
    [InlineData("$top=-1", HttpStatusCode.BadRequest)]
    [InlineData("$skiptoken=zzz", HttpStatusCode.BadRequest)]
    [InlineData("$format=atom", HttpStatusCode.NotImplemented)]
    public async Task EntitySet_UnsupportedOrInvalidOption_ReturnsAnODataError(string query, HttpStatusCode status)
    {
        using var response = await _client.GetAsync($"/odata/bi_fact_risk?{query.Replace(" ", "%20", StringComparison.Ordinal)}");

        Assert.Equal(status, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task EntitySet_ValueWithQuotes_IsBoundAsAParameterNotSpliced()
    {
        const string title = "O'Brien's \"risk\"; DROP VIEW bi_fact_risk; --";
        await ReportStore.ExecuteAsync(_factory.Factory, "UPDATE \"Risk\" SET \"Title\" = $title WHERE \"Id\" = 3", ("$title", title));

        var page = await GetAsync($"/odata/bi_fact_risk?$filter={Q($"title eq '{title.Replace("'", "''", StringComparison.Ordinal)}'")}&$select=risk_key,title");
        var count = await _client.GetStringAsync("/odata/bi_fact_risk/$count");

        Assert.Equal([3], Keys(page, "risk_key"));
        Assert.Equal(title, Rows(page)[0].GetProperty("title").GetString());
        Assert.Equal((await ReportStore.ColumnAsync<long>(_factory.Factory, "SELECT COUNT(*) FROM \"Risk\"")).Single().ToString(System.Globalization.CultureInfo.InvariantCulture), count);
    }

    [Fact]
    public async Task EntitySet_UnknownSet_Returns404ODataError()
    {
        using var response = await _client.GetAsync("/odata/bi_fact_nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("NotFound", body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }
}
