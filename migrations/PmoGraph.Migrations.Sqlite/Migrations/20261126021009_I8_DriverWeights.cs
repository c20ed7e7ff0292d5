using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PmoGraph.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class I8_DriverWeights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The views read BusinessDriver (rebuilt by SQLite to add the foreign key) and change with this migration.
            BiViews.Drop(migrationBuilder);

            migrationBuilder.AddColumn<decimal>(
                name: "Weight",
                table: "BusinessDriver",
                type: "TEXT",
                precision: 9,
                scale: 6,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AlignmentScore",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlignmentScore", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DriverWeightRevision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DriverCount = table.Column<int>(type: "INTEGER", nullable: false),
                    JudgementCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MissingJudgements = table.Column<int>(type: "INTEGER", nullable: false),
                    LambdaMax = table.Column<double>(type: "REAL", nullable: false),
                    ConsistencyRatio = table.Column<double>(type: "REAL", nullable: false),
                    IsApplied = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DriverWeightRevision", x => x.Id);
                });

            // SQLite adds a column with its foreign key in place; EF's AddForeignKey would rebuild the table, and the
            // rebuild runs after every other operation, the views' re-creation included, which then read a dropped table.
            migrationBuilder.Sql("ALTER TABLE \"BusinessDriver\" ADD COLUMN \"WeightRevisionId\" INTEGER NULL "
                + "CONSTRAINT \"FK_BusinessDriver_DriverWeightRevision_WeightRevisionId\" REFERENCES \"DriverWeightRevision\" (\"Id\") ON DELETE SET NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_BusinessDriver_WeightRevisionId",
                table: "BusinessDriver",
                column: "WeightRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_AlignmentScore_Rating",
                table: "AlignmentScore",
                column: "Rating",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DriverWeightRevision_ComputedAt",
                table: "DriverWeightRevision",
                column: "ComputedAt");

            // The scores the views use until the API first starts and writes the configured ones (AlignmentScores.SyncAsync).
            migrationBuilder.Sql("INSERT INTO \"AlignmentScore\" (\"Rating\", \"Score\") VALUES ('None', 0), ('Low', 1), ('Moderate', 3), ('Strong', 5), ('Extreme', 9);");
            BiViews.Create(migrationBuilder, nameof(I8_DriverWeights));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The views of the earlier migrations are not kept: going down leaves the store without bi_ views.
            BiViews.Drop(migrationBuilder);

            migrationBuilder.DropForeignKey(
                name: "FK_BusinessDriver_DriverWeightRevision_WeightRevisionId",
                table: "BusinessDriver");

            migrationBuilder.DropTable(
                name: "AlignmentScore");

            migrationBuilder.DropTable(
                name: "DriverWeightRevision");

            migrationBuilder.DropIndex(
                name: "IX_BusinessDriver_WeightRevisionId",
                table: "BusinessDriver");

            migrationBuilder.DropColumn(
                name: "Weight",
                table: "BusinessDriver");

            migrationBuilder.DropColumn(
                name: "WeightRevisionId",
                table: "BusinessDriver");
        }
    }
}
