using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuestionSessionAndCoSigners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SessionId",
                table: "Question",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "QuestionCoSigner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionCoSigner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionCoSigner_Person_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Person",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuestionCoSigner_Question_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Question",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Question_SessionId",
                table: "Question",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionCoSigner_PersonId",
                table: "QuestionCoSigner",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionCoSigner_QuestionId_PersonId",
                table: "QuestionCoSigner",
                columns: new[] { "QuestionId", "PersonId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Question_Session_SessionId",
                table: "Question",
                column: "SessionId",
                principalTable: "Session",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Question_Session_SessionId",
                table: "Question");

            migrationBuilder.DropTable(
                name: "QuestionCoSigner");

            migrationBuilder.DropIndex(
                name: "IX_Question_SessionId",
                table: "Question");

            migrationBuilder.DropColumn(
                name: "SessionId",
                table: "Question");
        }
    }
}
