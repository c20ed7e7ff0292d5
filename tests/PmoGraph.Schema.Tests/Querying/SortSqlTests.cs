using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Tests.Querying;

public sealed class SortSqlTests
{
    [Fact]
    public void Apply_NullableAndNestedKeys_OrderNullsExplicitlyThenById()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new PmoDbContext(new DbContextOptionsBuilder<PmoDbContext>().UseSqlite(connection).Options);
        var order = SortOrder.Parse(QueryModel.Of(typeof(ProjectType)), new List<object?>
        {
            new Dictionary<string, object?> { ["manager"] = new Dictionary<string, object?> { ["name"] = SortDirection.Desc } },
            new Dictionary<string, object?> { ["budgetAtCompletion"] = SortDirection.Asc },
        });
        var cursor = new object?[] { null, 1000m, 7 };

        var sql = order.Apply(db.Set<Project>().Where(KeysetPredicate.Beyond<Project>(order, cursor, backward: false)), reverse: false).ToQueryString();
        var orderBy = sql[sql.IndexOf("ORDER BY", StringComparison.Ordinal)..];

        Assert.Equal("ORDER BY \"p0\".\"Name\" IS NOT NULL DESC, \"p0\".\"Name\" DESC, CAST(\"p\".\"BudgetAtCompletion\" AS INTEGER), \"p\".\"BudgetAtCompletion\" COLLATE EF_DECIMAL, \"p\".\"Id\"", orderBy.ReplaceLineEndings(" ").Trim());
    }
}
