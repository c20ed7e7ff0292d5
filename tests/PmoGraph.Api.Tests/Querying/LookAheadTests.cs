using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Api.Tests.Querying;

/// <summary>
/// A page reads one row past its size only to answer <c>hasNextPage</c> (or <c>hasPreviousPage</c> from the end): when
/// the flag is selected, however it is written (directly, in a fragment, an inline fragment, or a second selection of
/// the same field merged into the first), it is right, checked against the stored rows; when it is not, the statement
/// reads the page and no more.
/// </summary>
public sealed class LookAheadTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Ways of selecting <c>pageInfo { FLAG }</c> on a connection; {0} is the flag, {1} the connection's type.</summary>
    public static TheoryData<string> Spellings() =>
    [
        "pageInfo {{ {0} }}",
        "...F",
        "... on {1} {{ pageInfo {{ {0} }} }}",
        "pageInfo {{ endCursor }} pageInfo {{ {0} }}",
    ];

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task RootPage_FlagSelectedAnyWay_AnswersAsTheStoredRows(string spelling)
    {
        await using var db = new PmoDbContext(factory.Database.ContextOptions());
        var count = await db.Set<Risk>().CountAsync();
        foreach (var (size, fromEnd) in new[] { (1, false), (count - 1, false), (count, false), (3, true), (count, true) }.Where(c => c.Item1 is > 0 and <= 50))
        {
            var flag = fromEnd ? "hasPreviousPage" : "hasNextPage";
            var selection = string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, flag, "RisksConnection");
            var query = $"{{ risks({(fromEnd ? "last" : "first")}: {size}) {{ nodes {{ id }} {selection} }} }}"
                + (spelling == "...F" ? $" fragment F on RisksConnection {{ pageInfo {{ {flag} }} }}" : "");
            var risks = (await _client.DataAsync(query)).GetProperty("risks");

            Assert.Equal(size < count, risks.GetProperty("pageInfo").GetProperty(flag).GetBoolean());
            Assert.Equal(size, risks.GetProperty("nodes").GetArrayLength());
        }
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task NestedPage_FlagSelectedAnyWay_AnswersAsTheStoredRows(string spelling)
    {
        const int Size = 2;
        var selection = string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, "hasNextPage", "ProjectRisksConnection");
        var query = $"{{ projects(first: 50) {{ nodes {{ id risks(first: {Size}) {{ nodes {{ id }} {selection} }} }} }} }}"
            + (spelling == "...F" ? " fragment F on ProjectRisksConnection { pageInfo { hasNextPage } }" : "");
        var nodes = (await _client.DataAsync(query)).GetProperty("projects").GetProperty("nodes").EnumerateArray().ToList();

        await using var db = new PmoDbContext(factory.Database.ContextOptions());
        var counts = await db.Set<Risk>().GroupBy(r => r.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Contains(counts.Values, c => c > Size);
        Assert.Contains(counts.Values, c => c <= Size);
        foreach (var node in nodes)
        {
            var stored = counts.GetValueOrDefault(node.GetProperty("id").GetInt32());
            var risks = node.GetProperty("risks");
            Assert.Equal(stored > Size, risks.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.Equal(Math.Min(stored, Size), risks.GetProperty("nodes").GetArrayLength());
        }
    }

    [Fact]
    public async Task NestedPage_WithoutTheFlag_ReadsThePageAndNoMore()
    {
        const string Query = "{ projects(first: 5) { nodes { risks(first: 3) { nodes { id } PAGEINFO } } } }";

        var without = await SqlOfAsync(Query.Replace("PAGEINFO", "pageInfo { endCursor hasPreviousPage }", StringComparison.Ordinal));
        var with = await SqlOfAsync(Query.Replace("PAGEINFO", "pageInfo { hasNextPage }", StringComparison.Ordinal));

        // The window's bound: ROW_NUMBER() ... <= n ("row" quoted on SQLite, not on PostgreSQL).
        Assert.Equal(["3"], Bounds(without));
        Assert.Equal(["4"], Bounds(with));
    }

    private static string[] Bounds(string sql) => [.. Regex.Matches(sql, "\\brow\"? <= ([0-9]+)").Select(m => m.Groups[1].Value)];

    private async Task<string> SqlOfAsync(string query)
    {
        await _client.DataAsync(query);
        factory.SqlCommands.Reset();
        var data = await _client.DataAsync(query);
        Assert.NotEqual(JsonValueKind.Null, data.GetProperty("projects").ValueKind);
        return Assert.Single(factory.SqlCommands.Texts);
    }
}
