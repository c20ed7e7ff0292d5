using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PmoGraph.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class I7_PeriodClose : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "ActualTime",
                table: "EvmSnapshot",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "EstimateAtCompletionAtBudgetRate",
                table: "EvmSnapshot",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "EstimateAtCompletionBottomUp",
                table: "EvmSnapshot",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "EstimateAtCompletionCpiSpi",
                table: "EvmSnapshot",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PeriodClose",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StatusDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstClosedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastRunAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastRunBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Runs = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRunReplaced = table.Column<bool>(type: "INTEGER", nullable: false),
                    SnapshotsAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    SnapshotsReplaced = table.Column<int>(type: "INTEGER", nullable: false),
                    SnapshotsKept = table.Column<int>(type: "INTEGER", nullable: false),
                    KpiValuesAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    KpiValuesReplaced = table.Column<int>(type: "INTEGER", nullable: false),
                    KpiValuesKept = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodClose", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodClose_Period",
                table: "PeriodClose",
                column: "Period",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeriodClose");

            migrationBuilder.DropColumn(
                name: "ActualTime",
                table: "EvmSnapshot");

            migrationBuilder.DropColumn(
                name: "EstimateAtCompletionAtBudgetRate",
                table: "EvmSnapshot");

            migrationBuilder.DropColumn(
                name: "EstimateAtCompletionBottomUp",
                table: "EvmSnapshot");

            migrationBuilder.DropColumn(
                name: "EstimateAtCompletionCpiSpi",
                table: "EvmSnapshot");
        }
    }
}
