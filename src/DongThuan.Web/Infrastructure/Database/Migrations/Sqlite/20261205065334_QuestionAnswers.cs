using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuestionAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnswerRounds",
                table: "Question",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "QuestionAnswer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Responsibility = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TimeFrame = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LetterNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: true),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionAnswer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionAnswer_Question_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Question",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionAnswer_QuestionId_Round",
                table: "QuestionAnswer",
                columns: new[] { "QuestionId", "Round" },
                unique: true);

            // Until now a question kept only its latest answer: that one becomes its first recorded answer (round 1). A first
            // answer already overwritten by a further one is not recoverable; its text may survive in the timeline's notes.
            // The question's own id serves as the answer's: each question has at most one such row, and ids stay unique.
            migrationBuilder.Sql("""
                INSERT INTO "QuestionAnswer" ("Id", "QuestionId", "Round", "Text", "Responsibility", "Measures", "TimeFrame", "AnsweredOn")
                SELECT "Id", "Id", 1, "Answer", COALESCE("Responsibility", ''), COALESCE("Measures", ''), COALESCE("TimeFrame", ''), "AnsweredOn"
                FROM "Question" WHERE "Answer" IS NOT NULL AND "AnsweredOn" IS NOT NULL;
                UPDATE "Question" SET "AnswerRounds" = 1 WHERE "Answer" IS NOT NULL AND "AnsweredOn" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuestionAnswer");

            migrationBuilder.DropColumn(
                name: "AnswerRounds",
                table: "Question");
        }
    }
}
