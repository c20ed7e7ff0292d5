using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PmoGraph.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IdempotencyRecord",
                columns: table => new
                {
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    IsCompleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResponseStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponseContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResponseBody = table.Column<string>(type: "TEXT", maxLength: 16000000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecord", x => new { x.Actor, x.Key });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecord_CreatedAt",
                table: "IdempotencyRecord",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdempotencyRecord");
        }
    }
}
