using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PmoGraph.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Pg_ReportingPlanningSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ExternalId",
                table: "Project",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ActualTime",
                table: "EvmSnapshot",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "EstimateAtCompletionAtBudgetRate",
                table: "EvmSnapshot",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "EstimateAtCompletionBottomUp",
                table: "EvmSnapshot",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "EstimateAtCompletionCpiSpi",
                table: "EvmSnapshot",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PeriodClose",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    StatusDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstClosedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LastRunAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastRunBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Runs = table.Column<int>(type: "integer", nullable: false),
                    LastRunReplaced = table.Column<bool>(type: "boolean", nullable: false),
                    SnapshotsAdded = table.Column<int>(type: "integer", nullable: false),
                    SnapshotsReplaced = table.Column<int>(type: "integer", nullable: false),
                    SnapshotsKept = table.Column<int>(type: "integer", nullable: false),
                    KpiValuesAdded = table.Column<int>(type: "integer", nullable: false),
                    KpiValuesReplaced = table.Column<int>(type: "integer", nullable: false),
                    KpiValuesKept = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodClose", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportingKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KeyId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SecretHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Project_ExternalId",
                table: "Project",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeriodClose_Period",
                table: "PeriodClose",
                column: "Period",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingKeys_KeyId",
                table: "ReportingKeys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportingKeys_Name",
                table: "ReportingKeys",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeriodClose");

            migrationBuilder.DropTable(
                name: "ReportingKeys");

            migrationBuilder.DropIndex(
                name: "IX_Project_ExternalId",
                table: "Project");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "Project");

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
