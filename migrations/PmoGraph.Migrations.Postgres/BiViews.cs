using Microsoft.EntityFrameworkCore.Migrations;
using PmoGraph.Reports.Views;

namespace PmoGraph.Migrations.Postgres;

/// <summary>
/// Applies the <c>bi_*</c> reporting views from their SQL files, expanded for PostgreSQL. PostgreSQL refuses to
/// drop or retype a column a view reads, so a later migration that does must call <see cref="Drop"/> before and
/// <see cref="Create"/> after; so must a migration that changes a view's SQL file.
/// </summary>
public static class BiViews
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var statement in ViewScripts.DropStatements().Concat(ViewScripts.CreateStatements(SqlDialect.Postgres)))
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
