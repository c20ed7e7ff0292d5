using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using PmoGraph.Reports.Views;

namespace PmoGraph.Api.Tests.Reports.Access;

/// <summary>
/// Issue #16, acceptance point 4, generated: every view of the catalogue read as every audience, through the CSV, the
/// JSON and the OData feed, answers exactly the columns and the rows that audience reads (or a coded 403), counted
/// against a direct SQL count restricted to the audience's portfolios. A new view is covered without a new case.
/// </summary>
public sealed class ViewAccessByRoleTests : IClassFixture<PmoApiFactory>
{
    private readonly PmoApiFactory _factory;

    public ViewAccessByRoleTests(PmoApiFactory factory)
    {
        // Small pages, so that following the feed's links crosses pages (read when the host starts: the first test's).
        factory.Settings["OData:PageSize"] = "50";
        _factory = factory;
    }

    public static TheoryData<string, string> ViewsByAudience()
    {
        var data = new TheoryData<string, string>();
        foreach (var view in ViewCatalogue.Views)
        {
            foreach (var audience in ReportAudience.All)
            {
                data.Add(view.Name, audience.Name);
            }
        }

        return data;
    }

    public static TheoryData<string> Audiences() => [.. ReportAudience.All.Select(a => a.Name)];

    [Theory]
    [MemberData(nameof(ViewsByAudience))]
    public async Task Export_EveryViewAsEveryAudience_ReadsExactlyItsColumnsAndRows(string viewName, string audienceName)
    {
        var view = ViewCatalogue.Find(viewName)!;
        var audience = ReportAudience.Named(audienceName);
        var client = await audience.ClientAsync(_factory);

        using var csv = await client.GetAsync($"/reports/{view.Name}.csv");
        using var json = await client.GetAsync($"/reports/{view.Name}.json");
        using var feed = await client.GetAsync($"/odata/{view.Name}?$top=1");
        using var count = await client.GetAsync($"/odata/{view.Name}/$count");

        if (audience.IsRefused(view))
        {
            foreach (var refused in new[] { csv, json, feed, count })
            {
                await AssertErrorAsync(refused, HttpStatusCode.Forbidden, "VIEW_FORBIDDEN");
            }

            return;
        }

        var columns = audience.ColumnsOf(view);
        var csvText = await csv.Content.ReadAsStringAsync();
        Assert.True(csv.IsSuccessStatusCode, csvText);
        Assert.Equal(string.Join(",", columns), csvText[..csvText.IndexOf("\r\n", StringComparison.Ordinal)]);

        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.All(rows, row => Assert.Equal(columns, row.EnumerateObject().Select(p => p.Name)));
        using var first = JsonDocument.Parse(await feed.Content.ReadAsStringAsync());
        Assert.All(first.RootElement.GetProperty("value").EnumerateArray(), row => Assert.Equal(columns, row.EnumerateObject().Select(p => p.Name)));

        var condition = await audience.RowConditionAsync(_factory, view);
        var expected = (await ReportStore.ColumnAsync<long>(_factory, $"SELECT COUNT(*) FROM {view.Name}{(condition is null ? "" : " WHERE " + condition)}")).Single();
        Assert.Equal(expected, rows.Count);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), await count.Content.ReadAsStringAsync());
        if (condition is not null)
        {
            // The rows sent are the rows of the audience's portfolios, key by key, not only as many.
            var keys = await ReportStore.ColumnAsync<int>(_factory, $"SELECT {view.Key} FROM {view.Name} WHERE {condition}");
            Assert.Equal(keys.Order(), rows.Select(r => r.GetProperty(view.Key).GetInt32()).Order());
            if (audience.Name != "manager-of-nothing")
            {
                var all = (await ReportStore.ColumnAsync<long>(_factory, $"SELECT COUNT(*) FROM {view.Name}")).Single();
                Assert.True(all > expected || all == 0, $"{view.Name}: the demo store should hold rows outside {audience}'s portfolios for this test to mean anything.");
            }
        }
    }

    public static TheoryData<string, string> ScopedViewsByManager()
    {
        var data = new TheoryData<string, string>();
        foreach (var view in ViewCatalogue.Views.Where(v => v.Scope is not null and not ViewDefinition.SharedScope))
        {
            data.Add(view.Name, "portfolio-manager");
            data.Add(view.Name, "project-manager");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScopedViewsByManager))]
    public async Task Feed_ManagerWithATautologyFollowingEveryPageInBothOrders_ReadsExactlyTheirRows(string viewName, string audienceName)
    {
        var view = ViewCatalogue.Find(viewName)!;
        var audience = ReportAudience.Named(audienceName);
        var client = await audience.ClientAsync(_factory);
        var condition = await audience.RowConditionAsync(_factory, view);
        var expected = await ReportStore.ColumnAsync<int>(_factory, $"SELECT {view.Key} FROM {view.Name} WHERE {condition}");

        // An OR that is true of every row may not widen the scope, whether the pages seek (default order) or skip ($orderby).
        var filter = Uri.EscapeDataString($"{view.Key} ne -999999 or {view.Key} eq -999999 or {view.Scope} gt -999999");
        foreach (var order in new[] { "", $"&$orderby={view.Key} desc" })
        {
            var keys = new List<int>();
            for (var url = $"/odata/{view.Name}?$select={view.Key}&$top=100000&$filter={filter}{order}&$count=true"; url is not null;)
            {
                using var page = JsonDocument.Parse(await client.GetStringAsync(url));
                Assert.Equal(expected.Count, page.RootElement.GetProperty("@odata.count").GetInt32());
                keys.AddRange(page.RootElement.GetProperty("value").EnumerateArray().Select(r => r.GetProperty(view.Key).GetInt32()));
                url = page.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
            }

            Assert.Equal(expected.Order(), keys.Order());
        }
    }

    [Theory]
    [MemberData(nameof(Audiences))]
    public async Task Describe_EveryAudience_MetadataCatalogueAndServiceDocumentListOnlyWhatItReads(string audienceName)
    {
        var audience = ReportAudience.Named(audienceName);
        var client = await audience.ClientAsync(_factory);
        var expected = audience.Views.ToDictionary(v => v.Name, audience.ColumnsOf);

        var metadata = XDocument.Parse(await client.GetStringAsync("/odata/$metadata"));
        XNamespace edm = "http://docs.oasis-open.org/odata/ns/edm";
        var types = metadata.Descendants(edm + "EntityType").ToDictionary(
            t => (string)t.Attribute("Name")!,
            t => t.Elements(edm + "Property").Select(p => (string)p.Attribute("Name")!).ToList());
        var sets = metadata.Descendants(edm + "EntitySet").Select(s => (string)s.Attribute("Name")!);

        using var catalogue = JsonDocument.Parse(await client.GetStringAsync("/reports"));
        var catalogued = catalogue.RootElement.GetProperty("views").EnumerateArray().ToDictionary(
            v => v.GetProperty("name").GetString()!,
            v => v.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList());

        using var service = JsonDocument.Parse(await client.GetStringAsync("/odata"));
        var served = service.RootElement.GetProperty("value").EnumerateArray().Select(s => s.GetProperty("name").GetString()!);

        Assert.Equal(expected.Keys.Order(), sets.Order());
        Assert.Equal(expected.Keys.Order(), served.Order());
        Assert.Equal(expected.Keys.Order(), types.Keys.Order());
        Assert.Equal(expected.Keys.Order(), catalogued.Keys.Order());
        foreach (var (view, columns) in expected)
        {
            Assert.Equal(columns, types[view]);
            Assert.Equal(columns, catalogued[view]);
        }

        if (audience.IsViewer)
        {
            // No money or people column anywhere, by name, in what the viewer is told exists.
            var hidden = ViewCatalogue.Views.SelectMany(v => v.Columns.Where(c => c.Sensitivity != Sensitivity.Open).Select(c => (v.Name, c.Name)));
            Assert.All(hidden, h => Assert.DoesNotContain(h.Item2, types.GetValueOrDefault(h.Item1) ?? []));
        }
    }

    [Theory]
    [InlineData("superuser")]
    [InlineData("")]
    [InlineData(null)]
    public async Task EveryEndpoint_UnknownOrMissingRole_403WithCode(string? role)
    {
        var client = _factory.CreateClientWithToken(role is null ? RoleTokens.WithoutRole(_factory.SigningKey, "no.role") : _factory.TokenFor(role, "odd.role"));
        var urls = new List<string> { "/reports", "/odata", "/odata/$metadata" };
        foreach (var view in ViewCatalogue.Views)
        {
            urls.AddRange([$"/reports/{view.Name}.csv", $"/reports/{view.Name}.json", $"/odata/{view.Name}", $"/odata/{view.Name}/$count"]);
        }

        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            await AssertErrorAsync(response, HttpStatusCode.Forbidden, "REPORT_ROLE_REQUIRED");
        }
    }

    [Fact]
    public void Catalogue_EveryColumn_DeclaresItsSensitivityAndEveryViewItsScopeOrNone()
    {
        // The parser refuses a column line without open|money|people; the files are read again here so that a change
        // to the parser that made the word optional fails this test.
        var assembly = typeof(ViewCatalogue).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var header = reader.ReadToEnd().Split('\n').TakeWhile(l => l.StartsWith("--", StringComparison.Ordinal)).ToList();
            Assert.All(header.Where(l => l.StartsWith("-- column", StringComparison.Ordinal)),
                line => Assert.Matches(@"^-- column [a-z0-9_]+ [a-z]+ (open|money|people):", line));
        }

        foreach (var view in ViewCatalogue.Views)
        {
            Assert.True(view.Scope is null or ViewDefinition.SharedScope || view.FindColumn(view.Scope) is { Sensitivity: Sensitivity.Open },
                $"{view.Name}: its scope column must be an open column.");

            // A view the viewer reads keeps something to read besides keys.
            if (view.Sensitivity == Sensitivity.Open)
            {
                Assert.Contains(view.Columns, c => c.Sensitivity == Sensitivity.Open && !c.Name.EndsWith("_key", StringComparison.Ordinal));
            }
        }
    }

    internal static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(body);
        Assert.Equal(code, document.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(document.RootElement.GetProperty("error").GetProperty("message").GetString()));
    }
}
