using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PmoGraph.Schema.Data;

#nullable disable

namespace PmoGraph.Migrations.Postgres.Migrations
{
    /// <summary>
    /// bi_fact_financials groups by the (ProjectId, Month) index prefix only and returns its rows in that order, so
    /// the OData feed's keyset pages seek on it; no model change, so no target model of its own.
    /// </summary>
    [DbContext(typeof(PmoDbContext))]
    [Migration("20261126080030_Pg_I3_FinancialsSeekOrder")]
    public partial class Pg_I3_FinancialsSeekOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            BiViews.Create(migrationBuilder, nameof(Pg_I3_FinancialsSeekOrder));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The views of the earlier migrations are not kept: going down leaves the store without bi_ views.
            BiViews.Drop(migrationBuilder);
        }
    }
}
