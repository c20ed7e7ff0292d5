using System.Globalization;
using System.Text.Json;

namespace PmoGraph.Api.Tests.Reports;

public sealed class CsvExportTests : IDisposable
{
    private const string AwkwardTitle = "Vendor \"Acme, Ltd\" slips\r\nagain; café";
    private readonly PmoApiFactory _factory = new();
    private readonly HttpClient _client;

    public CsvExportTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Csv_RiskView_RoundTripsThroughAnIndependentParserToTheJsonExport()
    {
        await ReportStore.ExecuteAsync(_factory,
            "UPDATE \"Risk\" SET \"Title\" = $title WHERE \"Id\" = 1", ("$title", AwkwardTitle));

        using var csvResponse = await _client.GetAsync("/reports/bi_fact_risk.csv");
        var csv = await csvResponse.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/reports/bi_fact_risk.json"));
        var records = Rfc4180.Parse(csv);
        var rows = json.RootElement.EnumerateArray().ToList();

        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        var header = records[0];
        Assert.Equal("risk_key", header[0]);
        Assert.Equal(rows.Count, records.Count - 1);
        Assert.Equal(await ReportStore.ColumnAsync<long>(_factory, "SELECT COUNT(*) FROM \"Risk\""), [(long)rows.Count]);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < header.Count; c++)
            {
                var value = rows[r].GetProperty(header[c]);
                var expected = value.ValueKind switch
                {
                    JsonValueKind.Null => "",
                    JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
                    _ => value.GetString(),
                };
                Assert.Equal(expected, records[r + 1][c]);
            }
        }

        var first = records.Single(record => record[0] == "1");
        Assert.Equal(AwkwardTitle, first[header.IndexOf("title")]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", first[header.IndexOf("raised_on")]);
    }

    [Fact]
    public async Task Csv_Financials_SumsAgreeWithTheFinancialLines()
    {
        var csv = Rfc4180.Parse(await _client.GetStringAsync("/reports/bi_fact_financials.csv"));
        var header = csv[0];
        var budget = csv.Skip(1).Sum(r => decimal.Parse(r[header.IndexOf("budget")], CultureInfo.InvariantCulture));
        var expected = (await ReportStore.ColumnAsync<string>(_factory, "SELECT \"Budget\" FROM \"FinancialLine\""))
            .Sum(b => decimal.Parse(b, CultureInfo.InvariantCulture));

        Assert.Equal(expected, budget);
    }
}
