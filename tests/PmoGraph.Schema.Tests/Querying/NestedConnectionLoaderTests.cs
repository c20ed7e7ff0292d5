using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PmoGraph.Schema.Data;
using PmoGraph.Schema.Projects;
using PmoGraph.Schema.Querying;
using PmoGraph.Schema.Risks;

namespace PmoGraph.Schema.Tests.Querying;

/// <summary>The batched fallback for nested connections numbers only the rows of the parents it pages.</summary>
public sealed partial class NestedConnectionLoaderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LoadAsync_TwoParents_FiltersByTheParentsInsideTheWindow(bool rankInsteadOfLimit)
    {
        var statements = new List<string>();
        using var connection = new SqliteConnection("Data Source=:memory:");
        await using var db = new PmoDbContext(new DbContextOptionsBuilder<PmoDbContext>()
            .UseSqlite(connection)
            .LogTo(statements.Add, [RelationalEventId.CommandExecuted])
            .Options);
        await db.Database.OpenConnectionAsync();
        await db.Database.EnsureCreatedAsync();
        statements.Clear();
        var order = SortOrder.Parse(QueryModel.Of(typeof(RiskType)), new List<object?> { new Dictionary<string, object?> { ["exposure"] = SortDirection.Desc } });
        var loader = new NestedConnectionLoader<Risk>(
            db.Set<Risk>(), r => r.ProjectId, order, new PageRequest(2, FromEnd: false, After: null, Before: null), withTotal: true,
            rankInsteadOfLimit: rankInsteadOfLimit);

        var pages = await loader.LoadAsync(db.Set<Project>(), [1, 2], CancellationToken.None);

        Assert.Empty(pages);
        var statement = Assert.Single(statements, s => s.Contains("FROM \"Risk\"", StringComparison.Ordinal));
        // The window subquery, or (ranked) the joined subquery of the page's rows.
        var windowed = rankInsteadOfLimit
            ? EnclosingSubquery(statement, statement.IndexOf("LEFT JOIN (", StringComparison.Ordinal) + "LEFT JOIN (".Length)
            : EnclosingSubquery(statement, statement.IndexOf("ROW_NUMBER()", StringComparison.Ordinal));
        // The rows numbered (or ranked) are those of the page's parents, not the whole risk table.
        Assert.Matches(ParentFilter(), windowed);
    }

    [GeneratedRegex(@"WHERE\s.*""ProjectId""\s*IN\s*\(", RegexOptions.Singleline)]
    private static partial Regex ParentFilter();

    /// <summary>The parenthesized subquery of <paramref name="sql"/> that holds position <paramref name="at"/>.</summary>
    private static string EnclosingSubquery(string sql, int at)
    {
        var start = at;
        for (var depth = 0; start > 0; start--)
        {
            if (sql[start - 1] == ')')
            {
                depth++;
            }
            else if (sql[start - 1] == '(' && depth-- == 0)
            {
                break;
            }
        }

        var end = at;
        for (var depth = 0; end < sql.Length; end++)
        {
            if (sql[end] == '(')
            {
                depth++;
            }
            else if (sql[end] == ')' && depth-- == 0)
            {
                break;
            }
        }

        return sql[start..end];
    }
}
