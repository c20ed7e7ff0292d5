using System.Text.RegularExpressions;

namespace PmoGraph.Api.Tests.Readme;

/// <summary>
/// The error codes and extensions README promises: every code it names is one the service can send, and the figures
/// it says an error carries are in its <c>extensions</c>.
/// </summary>
public sealed partial class ReadmeErrorCodeTests(PmoApiFactory api) : IClassFixture<PmoApiFactory>
{
    private static readonly string[] _sourceFolders = ["api", "schema", "reports"];

    [Fact]
    public void EveryErrorCodeReadmeNames_IsWrittenByTheService()
    {
        var source = string.Join('\n', _sourceFolders
            .Select(folder => Path.Combine(ReadmeDocument.RepositoryRoot, folder))
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var codes = CodePattern().Matches(File.ReadAllText(ReadmeDocument.Path)).Select(m => m.Groups[1].Value)
            .Where(word => !word.StartsWith("PMOGRAPH_", StringComparison.Ordinal) && !word.StartsWith("ASPNETCORE_", StringComparison.Ordinal))
            .Distinct().ToList();

        Assert.True(codes.Count >= 20, string.Join(", ", codes));
        Assert.All(codes, code => Assert.Contains($"\"{code}\"", source, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ projects(first: 300) { nodes { code } } }", null)]
    [InlineData("query($n: Int) { projects(first: $n) { nodes { code } } }", 300)]
    [InlineData("{ portfolios(first: 1) { nodes { programs(last: 300) { nodes { name } } } } }", null)]
    public async Task PageSizeExceeded_CarriesMaxPageSizeAndRequested(string query, int? size)
    {
        var response = await api.CreateClient().QueryAsync(query, size is null ? null : new { n = size });

        var extensions = Assert.Single(response.GetProperty("errors").EnumerateArray()).GetProperty("extensions");
        Assert.Equal("PAGE_SIZE_EXCEEDED", extensions.GetProperty("code").GetString());
        Assert.Equal(50, extensions.GetProperty("maxPageSize").GetInt32());
        Assert.Equal(300, extensions.GetProperty("requested").GetInt32());
    }

    [Fact]
    public async Task FilterListTooLong_CarriesTheLimit()
    {
        var ids = Enumerable.Range(1, 501).ToArray();
        var response = await api.CreateClient().QueryAsync("query($ids: [Int!]) { projects(where: { id: { in: $ids } }) { totalCount } }", new { ids });

        var extensions = Assert.Single(response.GetProperty("errors").EnumerateArray()).GetProperty("extensions");
        Assert.Equal("FILTER_LIST_TOO_LONG", extensions.GetProperty("code").GetString());
        Assert.Equal(500, extensions.GetProperty("maxInListLength").GetInt32());
        Assert.False(extensions.TryGetProperty("data", out _), extensions.ToString());
        Assert.False(response.TryGetProperty("data", out _));
    }

    /// <summary>A backticked UPPER_SNAKE word with an underscore, as README writes codes (<c>`PAGE_SIZE_EXCEEDED`</c>).</summary>
    [GeneratedRegex("`([A-Z]+(?:_[A-Z]+)+)`")]
    private static partial Regex CodePattern();
}
