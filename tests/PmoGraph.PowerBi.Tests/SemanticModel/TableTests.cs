using PmoGraph.PowerBi.Tests.Views;

namespace PmoGraph.PowerBi.Tests.SemanticModel;

public sealed class TableTests
{
    private static readonly Dictionary<string, string> DataTypes = new(StringComparer.Ordinal)
    {
        ["int"] = "int64",
        ["decimal"] = "decimal",
        ["string"] = "string",
        ["date"] = "dateTime",
    };

    private readonly ModelDefinition _model = ModelDefinition.Current;
    private readonly IReadOnlyDictionary<string, ViewDefinition> _views = ViewCatalog.Load();

    [Fact]
    public void Tables_EveryView_HasATableNamedAfterIt()
    {
        var missing = _views.Keys.Where(v => !_model.Tables.ContainsKey(v)).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(missing);
        Assert.Equal(22, _views.Count);
    }

    [Fact]
    public void Tables_EveryTable_IsAViewOrTheMeasuresTable()
    {
        var strangers = _model.Tables.Keys
            .Where(t => t != ModelDefinition.MeasuresTable && !_views.ContainsKey(t))
            .ToList();

        Assert.Empty(strangers);
    }

    [Fact]
    public void Tables_FileName_IsTheTableName()
    {
        Assert.All(_model.TableFiles, f => Assert.True(_model.Tables.ContainsKey(f.Key), $"{f.Value} does not define table {f.Key}"));
        Assert.Equal(_model.Tables.Count, _model.TableFiles.Count);
    }

    [Fact]
    public void Columns_EveryTable_HasTheViewsColumnsInOrderWithSourceColumnAndDataType()
    {
        var problems = new List<string>();
        foreach (var view in _views.Values)
        {
            var table = _model.Tables[view.Name];
            if (table.Description is null || !table.Description.StartsWith(view.Description, StringComparison.Ordinal))
                problems.Add($"{view.Name}: the table's description is not the view's");
            var columns = table.ChildrenOf("column").ToList();
            var expected = view.Columns.Select(c => c.Name).ToList();
            var actual = columns.Select(c => c.Name).ToList();
            if (!expected.SequenceEqual(actual))
                problems.Add($"{view.Name}: columns [{string.Join(", ", actual)}], view has [{string.Join(", ", expected)}]");

            foreach (var column in columns)
            {
                var viewColumn = view.Column(column.Name);
                if (viewColumn is null)
                    continue;
                if (column.Property("sourceColumn") != column.Name)
                    problems.Add($"{view.Name}.{column.Name}: sourceColumn {column.Property("sourceColumn")}");
                if (column.Property("dataType") != DataTypes[viewColumn.Type])
                    problems.Add($"{view.Name}.{column.Name}: dataType {column.Property("dataType")} for a {viewColumn.Type} column");
                if (string.IsNullOrWhiteSpace(column.Description))
                    problems.Add($"{view.Name}.{column.Name}: no description");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Partitions_EveryViewTable_IsOneImportMQueryOnTheEntitySetNamedAfterTheView()
    {
        var problems = new List<string>();
        foreach (var view in _views.Values)
        {
            var partitions = _model.Tables[view.Name].ChildrenOf("partition").ToList();
            if (partitions.Count != 1)
            {
                problems.Add($"{view.Name}: {partitions.Count} partitions");
                continue;
            }

            var partition = partitions[0];
            var m = ModelDefinition.PartitionM(partition);
            if (partition.Expression != "m" || partition.Property("mode") != "import")
                problems.Add($"{view.Name}: partition is '{partition.Expression}' in mode '{partition.Property("mode")}'");
            if (!m.Contains("OData.Feed(FeedUrl,", StringComparison.Ordinal))
                problems.Add($"{view.Name}: the M does not read the FeedUrl OData feed");
            if (!m.Contains($"Source{{[Name = \"{view.Name}\", Signature = \"table\"]}}[Data]", StringComparison.Ordinal))
                problems.Add($"{view.Name}: the M does not navigate to the {view.Name} entity set");
            if (!m.Contains("ApiKeyName = \"api_key\"", StringComparison.Ordinal))
                problems.Add($"{view.Name}: the M does not let Power BI send a Web API key as api_key");
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Model_RefsEveryTable_AndNothingElse()
    {
        var refs = _model.ModelFile
            .Where(c => c.Keyword == "ref" && c.Name.StartsWith("table ", StringComparison.Ordinal))
            .Select(c => c.Name["table ".Length..])
            .Order(StringComparer.Ordinal);

        Assert.Equal(_model.Tables.Keys.Order(StringComparer.Ordinal), refs);
    }

    [Fact]
    public void DateTable_IsMarked_WithItsDateColumnAsKeyAndTheUnknownRowFilteredOut()
    {
        var date = _model.Tables["bi_dim_date"];
        var keys = date.ChildrenOf("column").Where(c => c.HasFlag("isKey")).ToList();

        Assert.Equal("Time", date.Property("dataCategory"));
        var key = Assert.Single(keys);
        Assert.Equal("date", key.Name);
        Assert.Equal("dateTime", key.Property("dataType"));
        Assert.Contains("Table.SelectRows(bi_dim_date, each [date_key] <> -1)", ModelDefinition.PartitionM(date.ChildrenOf("partition").Single()), StringComparison.Ordinal);
        Assert.All(_model.Tables.Values.Where(t => t.Name != "bi_dim_date"), t => Assert.Null(t.Property("dataCategory")));
    }

    [Fact]
    public void SortByColumns_PointAtColumnsOfTheSameTable()
    {
        var problems = _model.Tables.Values
            .SelectMany(t => t.ChildrenOf("column").Select(c => (Table: t.Name, Column: c, SortBy: c.Property("sortByColumn"))))
            .Where(x => x.SortBy is not null && _model.Column(x.Table, x.SortBy) is null)
            .Select(x => $"{x.Table}.{x.Column.Name} sorts by missing {x.SortBy}")
            .ToList();

        Assert.Empty(problems);
        Assert.Equal("stage_order", _model.Column("bi_dim_project", "stage")!.Property("sortByColumn"));
        Assert.Equal("month", _model.Column("bi_dim_date", "month_name")!.Property("sortByColumn"));
    }
}
