using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PmoGraph.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Pg_I8_DriverWeights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The views read BusinessDriver (rebuilt by SQLite to add the foreign key) and change with this migration.
            BiViews.Drop(migrationBuilder);

            migrationBuilder.AddColumn<decimal>(
                name: "Weight",
                table: "BusinessDriver",
                type: "numeric(9,6)",
                precision: 9,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WeightRevisionId",
                table: "BusinessDriver",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AlignmentScore",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Rating = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlignmentScore", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DriverWeightRevision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DriverCount = table.Column<int>(type: "integer", nullable: false),
                    JudgementCount = table.Column<int>(type: "integer", nullable: false),
                    MissingJudgements = table.Column<int>(type: "integer", nullable: false),
                    LambdaMax = table.Column<double>(type: "double precision", nullable: false),
                    ConsistencyRatio = table.Column<double>(type: "double precision", nullable: false),
                    IsApplied = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DriverWeightRevision", x => x.Id);
                });

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

            migrationBuilder.AddForeignKey(
                name: "FK_BusinessDriver_DriverWeightRevision_WeightRevisionId",
                table: "BusinessDriver",
                column: "WeightRevisionId",
                principalTable: "DriverWeightRevision",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            // The scores the views use until the API first starts and writes the configured ones (AlignmentScores.SyncAsync).
            migrationBuilder.Sql("INSERT INTO \"AlignmentScore\" (\"Rating\", \"Score\") VALUES ('None', 0), ('Low', 1), ('Moderate', 3), ('Strong', 5), ('Extreme', 9);");
            BiViews.Create(migrationBuilder, nameof(Pg_I8_DriverWeights));
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
