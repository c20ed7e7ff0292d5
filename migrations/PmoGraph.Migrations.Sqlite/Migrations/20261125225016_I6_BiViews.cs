using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PmoGraph.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class I6_BiViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            BiViews.Create(migrationBuilder, nameof(I6_BiViews));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            BiViews.Drop(migrationBuilder);
        }
    }
}
