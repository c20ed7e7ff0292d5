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
    /// <summary>
    /// The migration that last changed a view file or a column the views read. Only it creates the views: the files
    /// hold today's SQL, which reads columns an earlier migration has not added yet (PostgreSQL refuses such a view,
    /// SQLite fails on the next table rebuild), so a new store gets the views once, after every column exists; a store
    /// already past the earlier migrations gets them from this one. A migration that changes the views sets this to
    /// its own name.
    /// </summary>
    public const string LatestViewMigration = "Pg_I3_FinancialsSeekOrder";

    /// <summary>Drops and creates every view when <paramref name="migration"/> is <see cref="LatestViewMigration"/>.</summary>
    public static void Create(MigrationBuilder migrationBuilder, string migration)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migration != LatestViewMigration)
        {
            return;
        }

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
