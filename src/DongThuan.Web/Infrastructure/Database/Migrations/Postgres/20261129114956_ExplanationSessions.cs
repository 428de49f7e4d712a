using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExplanationSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExplanationSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Topic = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Officials = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    NoticeOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    VotesFor = table.Column<int>(type: "integer", nullable: true),
                    StandingCommitteeMembers = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExplanationSession", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExplanationSession_Body_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExplanationPromise",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ExplanationSessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerBodyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Official = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Report = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExplanationPromise", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExplanationPromise_Body_OwnerBodyId",
                        column: x => x.OwnerBodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExplanationPromise_ExplanationSession_ExplanationSessionId",
                        column: x => x.ExplanationSessionId,
                        principalTable: "ExplanationSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExplanationPromise_ExplanationSessionId",
                table: "ExplanationPromise",
                column: "ExplanationSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ExplanationPromise_OwnerBodyId",
                table: "ExplanationPromise",
                column: "OwnerBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_ExplanationSession_CouncilId",
                table: "ExplanationSession",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_ExplanationSession_UnitId_HeldOn",
                table: "ExplanationSession",
                columns: new[] { "UnitId", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExplanationPromise");

            migrationBuilder.DropTable(
                name: "ExplanationSession");
        }
    }
}
