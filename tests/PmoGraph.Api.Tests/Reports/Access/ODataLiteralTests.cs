using System.Net;
using System.Text.Json;

namespace PmoGraph.Api.Tests.Reports.Access;

/// <summary>Issue #16 finding 11: tolower on SQLite, whole columns against fractional literals, hidden columns in a filter.</summary>
public sealed class ODataLiteralTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    [Theory]
    [InlineData("tolower(project_name) eq '{1}'")]
    [InlineData("toupper(project_name) eq '{2}'")]
    [InlineData("tolower(project_name) eq tolower('{0}')")]
    [InlineData("toupper(project_name) eq toupper('{0}')")]
    [InlineData("contains(tolower(project_name), tolower('{0}'))")]
    public async Task Filter_CaseFunctionsOnAStringColumn_MatchTheProjectWhateverTheCase(string filter)
    {
        var client = factory.CreateClient();
        var name = (await ReportStore.ColumnAsync<string>(factory, "SELECT project_name FROM bi_dim_project WHERE project_key > 0 ORDER BY project_key LIMIT 1")).Single();
        var mixed = new string([.. name.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))]).Replace("'", "''", StringComparison.Ordinal);

        using var response = await client.GetAsync("/odata/bi_dim_project?$select=project_name&$filter=" + Q(string.Format(System.Globalization.CultureInfo.InvariantCulture, filter, mixed, mixed.ToLowerInvariant(), mixed.ToUpperInvariant())));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, body);
        using var document = JsonDocument.Parse(body);
        Assert.Contains(name, document.RootElement.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("project_name").GetString()));
    }

    [Theory]
    [InlineData("$filter=tolower(project_name) eq null")]
    [InlineData("$filter=tolower(project_name) gt 'm'")]
    [InlineData("$filter=tolower(project_name) in ('a', 'b')")]
    [InlineData("$filter=tolower(project_name) eq tolower(project_code)")]
    [InlineData("$filter=startswith(tolower(project_name), 'a')")]
    [InlineData("$filter=tolower(project_key) eq '1'")]
    [InlineData("$filter=tolower(budget_at_completion) eq '1'")]
    [InlineData("$filter=tolower(planned_start) eq '1'")]
    [InlineData("$filter=tolower(tolower(project_name)) eq 'a'")]
    [InlineData("$filter='a' eq tolower(project_name)")]
    [InlineData("$filter=tolower('A') eq 'a'")]
    [InlineData("$filter=tolower(project_name)")]
    [InlineData("$orderby=tolower(project_name)")]
    [InlineData("$select=project_key&$filter=tolower(project_name) ne 'x'&$orderby=project_name&$count=true")]
    public async Task Query_CaseFunctionAnywhere_AnswersOrRefusesWithACodeNever500(string options)
    {
        using var response = await factory.CreateClient().GetAsync("/odata/bi_dim_project?" + options.Replace(" ", "%20", StringComparison.Ordinal).Replace("'", "%27", StringComparison.Ordinal));
        var body = await response.Content.ReadAsStringAsync();

        // 501 is the feed's coded "not supported"; 500 would be a failure.
        Assert.True((int)response.StatusCode is < 500 or 501, $"{options}: {(int)response.StatusCode} {body}");
        if (!response.IsSuccessStatusCode)
        {
            using var document = JsonDocument.Parse(body);
            Assert.False(string.IsNullOrEmpty(document.RootElement.GetProperty("error").GetProperty("code").GetString()));
        }
    }

    [Theory]
    [InlineData("project_key eq 1.5")]
    [InlineData("project_key lt 1.5")]
    [InlineData("project_key in (1, 2.5)")]
    [InlineData("project_key eq 1.000001")]
    [InlineData("stage_order ge 1.5e0")]
    public async Task Filter_WholeColumnAgainstAFractionalLiteral_400(string filter)
    {
        using var response = await factory.CreateClient().GetAsync("/odata/bi_dim_project?$filter=" + Q(filter));

        await ViewAccessByRoleTests.AssertErrorAsync(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Theory]
    [InlineData("project_key eq 2.0", 2)]
    [InlineData("project_key eq 2", 2)]
    public async Task Filter_WholeColumnAgainstAWholeLiteral_MatchesThatKeyOnly(string filter, int key)
    {
        using var response = await factory.CreateClient().GetAsync("/odata/bi_dim_project?$select=project_key&$filter=" + Q(filter));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, body);
        using var document = JsonDocument.Parse(body);
        Assert.Equal([key], document.RootElement.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("project_key").GetInt32()));
    }

    [Theory]
    [InlineData("$filter=budget_at_completion gt 0", "$filter=no_such_column gt 0")]
    [InlineData("$orderby=budget_at_completion", "$orderby=no_such_column")]
    [InlineData("$select=manager_person_key", "$select=no_such_column")]
    public async Task Query_ViewerNamesAHiddenColumn_AnswersAsForAColumnThatDoesNotExist(string hidden, string missing)
    {
        var viewer = factory.CreateClientFor("viewer", "test.viewer");

        using var named = await viewer.GetAsync("/odata/bi_dim_project?" + hidden.Replace(" ", "%20", StringComparison.Ordinal));
        using var absent = await viewer.GetAsync("/odata/bi_dim_project?" + missing.Replace(" ", "%20", StringComparison.Ordinal));

        await ViewAccessByRoleTests.AssertErrorAsync(named, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Equal(absent.StatusCode, named.StatusCode);
        var namedMessage = (await named.Content.ReadAsStringAsync()).Replace("budget_at_completion", "X", StringComparison.Ordinal).Replace("manager_person_key", "X", StringComparison.Ordinal);
        var absentMessage = (await absent.Content.ReadAsStringAsync()).Replace("no_such_column", "X", StringComparison.Ordinal);
        Assert.Equal(absentMessage, namedMessage);
    }
}
