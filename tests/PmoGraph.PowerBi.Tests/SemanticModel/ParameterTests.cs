using PmoGraph.PowerBi.Tests.Views;

namespace PmoGraph.PowerBi.Tests.SemanticModel;

public sealed class ParameterTests
{
    private readonly ModelDefinition _model = ModelDefinition.Current;

    [Theory]
    [InlineData("RangeStart")]
    [InlineData("RangeEnd")]
    public void Expressions_IncrementalRefreshBounds_AreRequiredDateTimeParameters(string name)
    {
        var parameter = _model.Expressions[name];

        Assert.StartsWith("#datetime(", parameter.Expression, StringComparison.Ordinal);
        Assert.Contains("IsParameterQuery = true", parameter.Expression, StringComparison.Ordinal);
        Assert.Contains("Type = \"DateTime\"", parameter.Expression, StringComparison.Ordinal);
        Assert.Contains("IsParameterQueryRequired = true", parameter.Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void Expressions_FeedUrl_IsATextParameterOnTheLocalFeed()
    {
        var parameter = _model.Expressions["FeedUrl"];

        Assert.StartsWith("\"http://localhost:5080/odata\" meta [", parameter.Expression, StringComparison.Ordinal);
        Assert.Contains("IsParameterQuery = true", parameter.Expression, StringComparison.Ordinal);
        Assert.Contains("Type = \"Text\"", parameter.Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void Financials_Partition_KeepsRowsFromRangeStartInclusiveToRangeEndExclusiveOnADateColumn()
    {
        var table = _model.Tables["bi_fact_financials"];
        var m = ModelDefinition.PartitionM(table.ChildrenOf("partition").Single());
        var month = ViewCatalog.Load()["bi_fact_financials"].Column("month");

        // ge/lt on a plain column compare: the OData connector folds it into $filter=month ge ... and month lt ...
        Assert.Contains("Table.SelectRows(bi_fact_financials, each [month] >= Date.From(RangeStart) and [month] < Date.From(RangeEnd))", m, StringComparison.Ordinal);
        Assert.Equal("date", month?.Type);
    }

    [Fact]
    public void Financials_RefreshPolicy_IsMonthlyOverTheSameQuery()
    {
        var table = _model.Tables["bi_fact_financials"];
        var policy = Assert.Single(table.ChildrenOf("refreshPolicy"));

        Assert.Equal("basic", policy.Property("policyType"));
        Assert.Equal("month", policy.Property("incrementalGranularity"));
        Assert.Equal("year", policy.Property("rollingWindowGranularity"));
        Assert.Equal(ModelDefinition.PartitionM(table.ChildrenOf("partition").Single()), policy.Property("sourceExpression"));
    }

    [Fact]
    public void Model_QueryOrder_StartsWithTheParameters()
    {
        var order = _model.ModelFile.Single(n => n.Keyword == "annotation" && n.Name == "PBI_QueryOrder").Expression;

        Assert.StartsWith("[\"FeedUrl\",\"RangeStart\",\"RangeEnd\"", order, StringComparison.Ordinal);
    }
}
