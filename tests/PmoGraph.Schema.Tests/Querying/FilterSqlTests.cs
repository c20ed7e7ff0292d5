using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;

namespace PmoGraph.Schema.Tests.Querying;

public sealed class FilterSqlTests
{
    [Fact]
    public void Build_ClientValues_AreSentAsParametersNotSqlText()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new PmoDbContext(new DbContextOptionsBuilder<PmoDbContext>().UseSqlite(connection).Options);
        var where = new Dictionary<string, object?>
        {
            ["name"] = new Dictionary<string, object?> { ["icontains"] = "O'Brien 100%", ["nstartsWith"] = "Zz_" },
            ["budgetAtCompletion"] = new Dictionary<string, object?> { ["gt"] = 987654.32m },
            ["stage"] = new Dictionary<string, object?> { ["in"] = new List<object?> { LifecycleStage.Closed } },
            ["program"] = new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["eq"] = "Cloud First" } },
        };

        var sql = db.Set<Project>().Where(FilterExpressionBuilder.Build<Project>(QueryModel.Of(typeof(ProjectType)), where)).ToQueryString();
        var statement = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];

        Assert.DoesNotContain("Brien", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("987654", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("Cloud First", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("Zz", statement, StringComparison.Ordinal);
        Assert.Contains("JOIN \"Program\"", statement, StringComparison.Ordinal);
        Assert.Contains("lower(", statement, StringComparison.Ordinal);
    }
}
