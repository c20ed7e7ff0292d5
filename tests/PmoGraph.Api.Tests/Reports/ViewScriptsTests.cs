using PmoGraph.Reports.Views;

namespace PmoGraph.Api.Tests.Reports;

public sealed class ViewScriptsTests
{
    [Theory]
    [InlineData(SqlDialect.Sqlite, new[] { "to_char", "EXTRACT", "make_date", "NUMERIC(18,4)" })]
    [InlineData(SqlDialect.Postgres, new[] { "strftime", "julianday", "printf", "AS REAL" })]
    public void CreateStatements_EachDialect_ExpandsEveryMacroIntoThatDialectOnly(SqlDialect dialect, string[] foreign)
    {
        var statements = ViewScripts.CreateStatements(dialect);

        Assert.Equal(ViewCatalogue.Views.Count, statements.Count);
        Assert.All(statements, s => Assert.DoesNotContain("{{", s, StringComparison.Ordinal));
        Assert.All(statements, s => Assert.All(foreign, f => Assert.DoesNotContain(f, s, StringComparison.Ordinal)));
        Assert.All(ViewCatalogue.Views.Zip(statements), p => Assert.Contains($"CREATE VIEW {p.First.Name} AS", p.Second, StringComparison.Ordinal));
    }

    [Fact]
    public void Expand_NestedMacros_ExpandInnermostFirst()
    {
        var sql = ViewScripts.Expand("{{date_key({{add_days(d, 1)}})}}", SqlDialect.Postgres);

        Assert.Equal("CAST(to_char(CAST(d + (1) AS date), 'YYYYMMDD') AS INTEGER)", sql);
    }

    [Fact]
    public void Expand_UnknownMacro_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ViewScripts.Expand("{{nope(x)}}", SqlDialect.Sqlite));

        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }
}
