using PmoGraph.PowerBi.Tests.Tmdl;

namespace PmoGraph.PowerBi.Tests.Tmdl;

public sealed class TmdlParserTests
{
    [Fact]
    public void Parse_TableWithDescribedColumnsMeasureAndPartition_ReadsEveryPart()
    {
        const string text = "/// The projects.\ntable bi_dim_project\n\tdataCategory: Time\n\n" +
            "\t/// The key.\n\tcolumn project_key\n\t\tdataType: int64\n\t\tisKey\n\t\tsourceColumn: project_key\n\n" +
            "\t\tannotation SummarizationSetBy = Automatic\n\n" +
            "\tmeasure 'On-time %' =\n\t\t\tVAR X = 1\n\n\t\t\tRETURN\n\t\t\t    X\n\t\tformatString: 0.0%\n\n" +
            "\tpartition bi_dim_project = m\n\t\tmode: import\n\t\tsource =\n\t\t\t\tlet\n\t\t\t\t    Source = 1\n\t\t\t\tin\n\t\t\t\t    Source\n";

        var table = Assert.Single(TmdlParser.Parse(text));

        Assert.Equal(("table", "bi_dim_project", "The projects.", "Time"), (table.Keyword, table.Name, table.Description, table.Property("dataCategory")));
        var column = table.ChildrenOf("column").Single();
        Assert.Equal(("The key.", "int64", true), (column.Description, column.Property("dataType"), column.HasFlag("isKey")));
        Assert.Equal("Automatic", column.ChildrenOf("annotation").Single().Expression);
        var measure = table.ChildrenOf("measure").Single();
        Assert.Equal(("On-time %", "VAR X = 1\n\nRETURN\n    X", "0.0%"), (measure.Name, measure.Expression, measure.Property("formatString")));
        var partition = table.ChildrenOf("partition").Single();
        Assert.Equal(("m", "import", "let\n    Source = 1\nin\n    Source"), (partition.Expression, partition.Property("mode"), partition.Property("source")));
    }

    [Fact]
    public void Parse_QuotedNameWithEscapedQuote_Unescapes()
    {
        var node = Assert.Single(TmdlParser.Parse("table 'Owner''s table'\n"));

        Assert.Equal("Owner's table", node.Name);
    }

    [Fact]
    public void Parse_SpaceIndentation_IsRejected()
    {
        var error = Assert.Throws<FormatException>(() => TmdlParser.Parse("table t\n    column c\n"));

        Assert.Contains("tabs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LineTwoLevelsBelowItsOwner_IsRejected()
    {
        Assert.Throws<FormatException>(() => TmdlParser.Parse("table t\n\t\t\tdataType: int64\n"));
    }
}
