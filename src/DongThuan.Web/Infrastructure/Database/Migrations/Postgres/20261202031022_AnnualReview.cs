using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnnualReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petition_CouncilId",
                table: "Petition");

            migrationBuilder.CreateTable(
                name: "AnnualReportDraft",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Opening = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Assessment = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Directions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Recipients = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportDraft", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Petition_CouncilId_ReceivedOn",
                table: "Petition",
                columns: new[] { "CouncilId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligation_UnitId_OriginalDueOn",
                table: "Obligation",
                columns: new[] { "UnitId", "OriginalDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportDraft_CouncilId_Year",
                table: "AnnualReportDraft",
                columns: new[] { "CouncilId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReportDraft");

            migrationBuilder.DropIndex(
                name: "IX_Petition_CouncilId_ReceivedOn",
                table: "Petition");

            migrationBuilder.DropIndex(
                name: "IX_Obligation_UnitId_OriginalDueOn",
                table: "Obligation");

            migrationBuilder.CreateIndex(
                name: "IX_Petition_CouncilId",
                table: "Petition",
                column: "CouncilId");
        }
    }
}
