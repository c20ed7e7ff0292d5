using PmoGraph.Reports.Access;
using PmoGraph.Reports.OData;
using PmoGraph.Reports.Views;

namespace PmoGraph.Api.Tests.Reports;

public sealed class ODataQueryPlanTests
{
    private static readonly Uri Root = new("http://localhost/odata/");

    private static ODataQueryPlan Plan(string view, params (string Key, string Value)[] options) =>
        ODataQueryPlan.Create(ViewCatalogue.Find(view)!, ViewAccess.Everything, SqlDialect.Sqlite, Root, options.ToDictionary(o => o.Key, o => o.Value), 5000);

    [Fact]
    public void Create_FilterWithAQuotedValue_PutsTheValueInAParameterOnly()
    {
        var plan = Plan("bi_fact_risk", ("$filter", "title eq 'it''s'' OR 1=1 --' and impact ge 3"));

        var condition = Assert.Single(plan.Query.Conditions);
        Assert.Equal("(\"title\" = @p0 AND \"impact\" >= @p1)", condition);
        Assert.DoesNotContain("it's", condition, StringComparison.Ordinal);
        Assert.DoesNotContain("1=1", condition, StringComparison.Ordinal);
        Assert.Equal("it's' OR 1=1 --", plan.Query.Parameters.Get<string>("p0"));
        Assert.Equal(3L, plan.Query.Parameters.Get<long>("p1"));
    }

    [Theory]
    [InlineData("date ge 2026-01-01T00:00:00Z", "\"date\" >= @p0", "2026-01-01")]
    [InlineData("date ge 2026-01-01T10:00:00Z", "\"date\" > @p0", "2026-01-01")]
    [InlineData("date lt 2026-02-01T00:00:00Z", "\"date\" < @p0", "2026-02-01")]
    [InlineData("date lt 2026-02-01T10:00:00+02:00", "\"date\" <= @p0", "2026-02-01")]
    [InlineData("date le 2026-02-01", "\"date\" <= @p0", "2026-02-01")]
    [InlineData("cast(date, Edm.DateTimeOffset) ge 2026-03-01T00:00:00Z", "\"date\" >= @p0", "2026-03-01")]
    public void Create_DateComparedWithDateTimeOffset_FoldsToADateComparison(string filter, string sql, string day)
    {
        var plan = Plan("bi_dim_date", ("$filter", filter));

        Assert.Equal(sql, Assert.Single(plan.Query.Conditions));
        Assert.Equal(day, plan.Query.Parameters.Get<string>("p0"));
    }
}
