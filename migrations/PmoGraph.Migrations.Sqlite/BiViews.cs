using Microsoft.EntityFrameworkCore.Migrations;
using PmoGraph.Reports.Views;

namespace PmoGraph.Migrations.Sqlite;

/// <summary>
/// Applies the <c>bi_*</c> reporting views from their SQL files. A later migration that rebuilds a table the views
/// read (SQLite rebuilds a table to drop or alter a column) must call <see cref="Drop"/> before and
/// <see cref="Create"/> after, since SQLite refuses to rename a table a view refers to; so must a migration that
/// changes a view's SQL file.
/// </summary>
public static class BiViews
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in ViewScripts.DropStatements().Concat(ViewScripts.CreateStatements(SqlDialect.Sqlite)))
        {
            migrationBuilder.Sql(statement);
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in ViewScripts.DropStatements())
        {
            migrationBuilder.Sql(statement);
        }
    }
}
