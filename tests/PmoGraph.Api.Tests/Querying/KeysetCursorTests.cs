using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Projects;

namespace PmoGraph.Api.Tests.Querying;

public sealed class KeysetCursorTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static async Task<string> EndCursorAsync(HttpClient client, string arguments) =>
        (await client.DataAsync($"{{ projects(first: 10, {arguments}) {{ pageInfo {{ endCursor }} }} }}"))
            .GetProperty("projects").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;

    [Theory]
    [InlineData("order: [{ budgetAtCompletion: DESC }]")]
    [InlineData("order: [{ name: ASC }]")]
    [InlineData("")]
    public async Task After_CursorFromAnotherOrdering_IsInvalidCursor(string otherOrder)
    {
        var cursor = await EndCursorAsync(_client, "order: [{ name: DESC }]");
        var separator = otherOrder.Length > 0 ? ", " : "";

        var response = await _client.QueryAsync($"{{ projects(first: 5, after: \"{cursor}\"{separator}{otherOrder}) {{ nodes {{ id }} }} }}");

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes());
    }

    [Fact]
    public async Task After_CursorFromAnotherCollection_IsInvalidCursor()
    {
        var cursor = await EndCursorAsync(_client, "where: { id: { gt: 0 } }");

        var response = await _client.QueryAsync($"{{ programs(first: 5, after: \"{cursor}\") {{ nodes {{ id }} }} }}");

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes());
    }

    [Fact]
    public async Task After_SameOrderingWithAnotherFilter_IsAccepted()
    {
        var cursor = await EndCursorAsync(_client, "order: [{ code: ASC }]");

        var data = await _client.DataAsync($"{{ projects(first: 5, after: \"{cursor}\", order: [{{ code: ASC }}], where: {{ isArchived: {{ eq: false }} }}) {{ nodes {{ code }} }} }}");

        var codes = data.GetProperty("projects").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToList();
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public async Task After_RowsInsertedBeforeThePage_DoNotShiftTheNextPage()
    {
        using var writable = new PmoApiFactory();
        var client = writable.CreateClient();
        const string query = "{{ projects(first: 10{0}, order: [{{ name: ASC }}]) {{ pageInfo {{ endCursor }} nodes {{ id name }} }} }}";
        var ordered = await client.ProjectIdsAsync("order: [{ name: ASC }]");
        var first = (await client.DataAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, ""))).GetProperty("projects");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        using (var scope = writable.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PmoDbContext>();
            var template = db.Set<Project>().OrderBy(p => p.Id).First();
            for (var i = 0; i < 3; i++)
            {
                db.Add(new Project { Code = $"INS-{i}", Name = $"0 Inserted before every page {i}", Currency = template.Currency, ProgramId = template.ProgramId });
            }

            await db.SaveChangesAsync();
        }

        var next = (await client.DataAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, $", after: \"{cursor}\""))).GetProperty("projects");
        var restart = await client.ProjectIdsAsync("order: [{ name: ASC }]");

        Assert.Equal(ordered.Skip(10).Take(10), next.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
        Assert.Equal(63, restart.Count);
        Assert.Equal(ordered, restart.Skip(3));
    }

    [Theory]
    // Past the last row forwards, before the first backwards: an empty page, whose far-side flag is still exact and
    // still read in the page's one statement (with and without navigations in the projection).
    [InlineData(false, "id")]
    [InlineData(true, "id")]
    [InlineData(false, "id program { name } risks(first: 2) { nodes { id } }")]
    [InlineData(true, "id program { name } risks(first: 2) { nodes { id } }")]
    public async Task Cursor_EmptyPageAtTheEnd_FlagsTheRowsBehindItInOneStatement(bool backward, string selection)
    {
        var edge = (await _client.DataAsync($"{{ projects({(backward ? "first" : "last")}: 1, order: [{{ name: ASC }}]) {{ pageInfo {{ startCursor }} }} }}"))
            .GetProperty("projects").GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var paging = backward ? $"last: 5, before: \"{edge}\"" : $"first: 5, after: \"{edge}\"";
        factory.SqlCommands.Reset();

        var page = (await _client.DataAsync($"{{ projects({paging}, order: [{{ name: ASC }}]) {{ pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} nodes {{ {selection} }} }} }}"))
            .GetProperty("projects");

        Assert.Equal(1, factory.SqlCommands.Count);
        Assert.Empty(page.GetProperty("nodes").EnumerateArray());
        var info = page.GetProperty("pageInfo");
        Assert.Equal(backward, info.GetProperty("hasNextPage").GetBoolean()); // the rows from the cursor on
        Assert.Equal(!backward, info.GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, info.GetProperty("startCursor").ValueKind);
    }

    [Fact]
    public async Task Cursor_EmptyPageOfAnEmptyFilter_FlagsNothingBehindIt()
    {
        var cursor = await EndCursorAsync(_client, "order: [{ name: ASC }]");

        var info = (await _client.DataAsync($"{{ projects(first: 5, after: \"{cursor}\", order: [{{ name: ASC }}], where: {{ code: {{ eq: \"NO-SUCH-CODE\" }} }}) {{ pageInfo {{ hasNextPage hasPreviousPage }} nodes {{ id }} }} }}"))
            .GetProperty("projects").GetProperty("pageInfo");

        Assert.False(info.GetProperty("hasNextPage").GetBoolean());
        Assert.False(info.GetProperty("hasPreviousPage").GetBoolean());
    }
}
