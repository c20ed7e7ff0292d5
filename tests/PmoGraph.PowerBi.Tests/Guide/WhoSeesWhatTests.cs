using System.Text.RegularExpressions;
using PmoGraph.PowerBi.Tests.Infrastructure;
using PmoGraph.PowerBi.Tests.Views;

namespace PmoGraph.PowerBi.Tests.Guide;

/// <summary>
/// The analyst's guide says which views each role is refused; the views' SQL headers decide it. Every view made of
/// money or people (<c>-- sensitive:</c>, refused to the viewer) and every view without a <c>-- scope:</c> (refused to
/// managers) must be named in the guide's "Who sees what" section, so the guide cannot fall behind a new view.
/// </summary>
public sealed partial class WhoSeesWhatTests
{
    private static string Section()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.PowerBi, "README.md"));
        var start = guide.IndexOf("## 5. Who sees what", StringComparison.Ordinal);
        Assert.True(start >= 0, "The guide has a '## 5. Who sees what' section.");
        var end = guide.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? guide[start..] : guide[start..end];
    }

    private static IEnumerable<(string View, string[] Header)> Headers() =>
        Directory.EnumerateFiles(ViewCatalog.Folder, "bi_*.sql").Select(path => (
            Path.GetFileNameWithoutExtension(path),
            File.ReadLines(path).TakeWhile(l => l.StartsWith("--", StringComparison.Ordinal)).ToArray()));

    [Fact]
    public void Guide_EveryViewRefusedToARole_IsNamedInWhoSeesWhat()
    {
        var section = Section();
        var refused = Headers()
            .Where(h => h.Header.Any(l => l.StartsWith("-- sensitive:", StringComparison.Ordinal)) || !h.Header.Any(l => l.StartsWith("-- scope:", StringComparison.Ordinal)))
            .Select(h => h.View)
            .ToList();

        Assert.NotEmpty(refused);
        Assert.All(refused, view => Assert.Contains($"`{view}`", section, StringComparison.Ordinal));
    }

    [Fact]
    public void Guide_SensitivityWords_AreTheOnesTheHeadersUse()
    {
        var words = Headers().SelectMany(h => h.Header).Select(l => ColumnSensitivity().Match(l)).Where(m => m.Success)
            .Select(m => m.Groups["sensitivity"].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["money", "open", "people"], words.Order(StringComparer.Ordinal));
        Assert.All(words, word => Assert.Contains($"`{word}`", Section(), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^--\s*column\s+[a-z0-9_]+\s+[a-z]+\s+(?<sensitivity>[a-z]+)\s*:")]
    private static partial Regex ColumnSensitivity();
}
