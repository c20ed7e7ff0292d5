using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PmoGraph.Schema.Data;

#nullable disable

namespace PmoGraph.Migrations.Postgres.Migrations
{
    /// <summary>The <c>bi_*</c> reporting views; no model change, so no target model of its own.</summary>
    [DbContext(typeof(PmoDbContext))]
    [Migration("20261125230000_Pg_BiViews")]
    public partial class Pg_BiViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            BiViews.Create(migrationBuilder, nameof(Pg_BiViews));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            BiViews.Drop(migrationBuilder);
        }
    }
}
