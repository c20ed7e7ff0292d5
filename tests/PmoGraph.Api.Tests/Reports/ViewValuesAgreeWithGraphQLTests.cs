using System.Text.Json;

namespace PmoGraph.Api.Tests.Reports;

/// <summary>The views and the GraphQL API read the same store: the numbers an analyst sees are the front end's.</summary>
public sealed class ViewValuesAgreeWithGraphQLTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<JsonElement>> ODataAsync(string url)
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync(url));
        return [.. document.RootElement.GetProperty("value").EnumerateArray().Select(e => e.Clone())];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(42)]
    public async Task Project_BudgetRiskCountAndFinancials_AgreeWithGraphQL(int id)
    {
        var project = (await _client.DataAsync(
            $"{{ project(id: {id}) {{ code budgetAtCompletion risks(first: 50) {{ totalCount nodes {{ id status }} }} financialLines(first: 50) {{ totalCount nodes {{ budget actual }} }} }} }}")).GetProperty("project");

        var dimension = Assert.Single(await ODataAsync($"/odata/bi_dim_project?$filter=project_key%20eq%20{id}"));
        var risks = await ODataAsync($"/odata/bi_fact_risk?$filter=project_key%20eq%20{id}&$select=risk_key,is_open");
        var months = await ODataAsync($"/odata/bi_fact_financials?$filter=project_key%20eq%20{id}");

        Assert.Equal(project.GetProperty("code").GetString(), dimension.GetProperty("project_code").GetString());
        Assert.Equal(project.GetProperty("budgetAtCompletion").GetDecimal(), dimension.GetProperty("budget_at_completion").GetDecimal());
        var graphRisks = project.GetProperty("risks").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(project.GetProperty("risks").GetProperty("totalCount").GetInt32(), graphRisks.Count);
        Assert.Equal(graphRisks.Count, risks.Count);
        Assert.Equal(
            graphRisks.Count(r => r.GetProperty("status").GetString() != "CLOSED"),
            risks.Sum(r => r.GetProperty("is_open").GetInt32()));
        var lines = project.GetProperty("financialLines").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(project.GetProperty("financialLines").GetProperty("totalCount").GetInt32(), lines.Count);
        Assert.Equal(lines.Sum(l => l.GetProperty("budget").GetDecimal()), months.Sum(m => m.GetProperty("budget").GetDecimal()));
        Assert.Equal(lines.Sum(l => l.GetProperty("actual").GetDecimal()), months.Sum(m => m.GetProperty("actual").GetDecimal()));
    }

    [Fact]
    public async Task RiskCount_AllProjects_AgreesWithGraphQLTotal()
    {
        var total = (await _client.DataAsync("{ risks(first: 1) { totalCount } }")).GetProperty("risks").GetProperty("totalCount").GetInt32();

        var count = await _client.GetStringAsync("/odata/bi_fact_risk/$count");

        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
    }
}
