using static PmoGraph.Api.Tests.Querying.FilterTestData;

namespace PmoGraph.Api.Tests.Querying;

public sealed class StringFilterTests(PmoApiFactory factory) : IClassFixture<PmoApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task AssertMatchesAsync(IReadOnlyList<ProjectRow> rows, string filter, Func<ProjectRow, bool> expected)
    {
        var actual = await _client.ProjectIdsAsync($"where: {{ {filter} }}");

        Assert.True(rows.IdsWhere(expected).SequenceEqual(actual), $"{filter}: expected [{string.Join(",", rows.IdsWhere(expected))}], got [{string.Join(",", actual)}]");
    }

    private static string MostCommon(IEnumerable<ProjectRow> rows, Func<string[], string> word) =>
        rows.GroupBy(r => word(r.Name.Split(' '))).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    [Fact]
    public async Task Where_CaseSensitiveStringOperations_MatchOrdinalComparison()
    {
        var rows = await _client.AllProjectsAsync();
        var name = rows[5].Name;
        var word = MostCommon(rows, words => words[0]);
        var last = MostCommon(rows, words => words[^1]);
        Assert.InRange(rows.Count(r => r.Name.Contains(word, StringComparison.Ordinal)), 2, rows.Count - 1);

        await AssertMatchesAsync(rows, $"name: {{ eq: {Literal(name)} }}", r => r.Name == name);
        await AssertMatchesAsync(rows, $"name: {{ neq: {Literal(name)} }}", r => r.Name != name);
        var lower = name.ToLowerInvariant();
        await AssertMatchesAsync(rows, $"name: {{ eq: {Literal(lower)} }}", r => r.Name == lower);
        await AssertMatchesAsync(rows, $"name: {{ contains: {Literal(word)} }}", r => r.Name.Contains(word, StringComparison.Ordinal));
        await AssertMatchesAsync(rows, $"name: {{ contains: {Literal(word.ToUpperInvariant())} }}", r => r.Name.Contains(word.ToUpperInvariant(), StringComparison.Ordinal));
        await AssertMatchesAsync(rows, $"name: {{ ncontains: {Literal(word)} }}", r => !r.Name.Contains(word, StringComparison.Ordinal));
        await AssertMatchesAsync(rows, $"name: {{ startsWith: {Literal(word)} }}", r => r.Name.StartsWith(word, StringComparison.Ordinal));
        await AssertMatchesAsync(rows, $"name: {{ startsWith: {Literal(word.ToLowerInvariant())} }}", r => r.Name.StartsWith(word.ToLowerInvariant(), StringComparison.Ordinal));
        await AssertMatchesAsync(rows, $"name: {{ nstartsWith: {Literal(word)} }}", r => !r.Name.StartsWith(word, StringComparison.Ordinal));
        await AssertMatchesAsync(rows, $"name: {{ endsWith: {Literal(last)} }}", r => r.Name.EndsWith(last, StringComparison.Ordinal));
        await AssertMatchesAsync(rows, $"name: {{ endsWith: {Literal(last.ToUpperInvariant())} }}", r => r.Name.EndsWith(last.ToUpperInvariant(), StringComparison.Ordinal));
        await AssertMatchesAsync(rows, $"name: {{ nendsWith: {Literal(last)} }}", r => !r.Name.EndsWith(last, StringComparison.Ordinal));
        await AssertMatchesAsync(rows, $"name: {{ in: [{Literal(rows[1].Name)}, {Literal(rows[2].Name)}, \"no such project\"] }}", r => r.Id == rows[1].Id || r.Id == rows[2].Id);
        await AssertMatchesAsync(rows, $"name: {{ nin: [{Literal(rows[1].Name)}, {Literal(rows[2].Name)}] }}", r => r.Id != rows[1].Id && r.Id != rows[2].Id);
        await AssertMatchesAsync(rows, "code: { startsWith: \"PRJ-001\" }", r => r.Code.StartsWith("PRJ-001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Where_CaseInsensitiveStringOperations_IgnoreCase()
    {
        var rows = await _client.AllProjectsAsync();
        var name = rows[7].Name;
        var word = MostCommon(rows, words => words[0]);
        var last = MostCommon(rows, words => words[^1]);

        await AssertMatchesAsync(rows, $"name: {{ ieq: {Literal(name.ToUpperInvariant())} }}", r => r.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        await AssertMatchesAsync(rows, $"name: {{ icontains: {Literal(word.ToUpperInvariant())} }}", r => r.Name.Contains(word, StringComparison.OrdinalIgnoreCase));
        await AssertMatchesAsync(rows, $"name: {{ istartsWith: {Literal(word.ToLowerInvariant())} }}", r => r.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        await AssertMatchesAsync(rows, $"name: {{ iendsWith: {Literal(last.ToUpperInvariant())} }}", r => r.Name.EndsWith(last, StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(rows.IdsWhere(r => r.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("contains")]
    [InlineData("startsWith")]
    [InlineData("endsWith")]
    [InlineData("icontains")]
    [InlineData("istartsWith")]
    [InlineData("iendsWith")]
    public async Task Where_LikeWildcardsInTheValue_MatchLiterally(string operation)
    {
        foreach (var wildcard in new[] { "%", "_", "\\\\" })
        {
            var ids = await _client.ProjectIdsAsync($"where: {{ name: {{ {operation}: \"{wildcard}\" }} }}");

            Assert.Empty(ids);
        }
    }

    [Fact]
    public async Task Where_NestedAndOrOnAString_CombineOperations()
    {
        var rows = await _client.AllProjectsAsync();
        var first = rows[3].Name.Split(' ')[0];
        var last = rows[9].Name.Split(' ')[^1];

        await AssertMatchesAsync(
            rows,
            $"name: {{ or: [{{ startsWith: {Literal(first)} }}, {{ endsWith: {Literal(last)} }}] }}",
            r => r.Name.StartsWith(first, StringComparison.Ordinal) || r.Name.EndsWith(last, StringComparison.Ordinal));
    }
}
