namespace PmoGraph.PowerBi.Tests.Views;

public sealed class ViewCatalogTests
{
    [Fact]
    public void Views_HeaderColumns_AreTheColumnsTheSqlSelectsInOrder()
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(ViewCatalog.Folder, "bi_*.sql"))
        {
            var view = ViewCatalog.Parse(file);
            var selected = ViewSelectList.Aliases(File.ReadAllText(file));
            if (!selected.SequenceEqual(view.Columns.Select(c => c.Name)))
                problems.Add($"{view.Name}: selects [{string.Join(", ", selected)}], header lists [{string.Join(", ", view.Columns.Select(c => c.Name))}]");
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Aliases_CteUnionAndNestedCommas_ReadsTheMainSelect()
    {
        const string sql = """
            -- column a int: A.
            CREATE VIEW bi_x AS
            WITH t (d) AS (SELECT 1 AS ignored FROM y)
            SELECT COALESCE(t.d, -1) AS a, 'x, y' || "Name" AS b,
                   CASE WHEN t.d > 1 THEN 'FROM' ELSE 'z' END AS "c" -- a comment, with a comma
            FROM t
            UNION ALL
            SELECT -1, 'Unknown', NULL;
            """;

        Assert.Equal(["a", "b", "c"], ViewSelectList.Aliases(sql));
    }

    [Fact]
    public void Parse_DimensionHeader_ReadsKindKeyAndTypedColumns()
    {
        var view = ViewCatalog.Load()["bi_dim_project"];

        Assert.True(view.IsDimension);
        Assert.Equal("project_key", view.Key);
        Assert.Equal(("project_key", "int"), (view.Columns[0].Name, view.Columns[0].Type));
        Assert.False(string.IsNullOrWhiteSpace(view.Columns[0].Description));
        Assert.Equal("decimal", view.Column("budget_at_completion")?.Type);
    }
}
