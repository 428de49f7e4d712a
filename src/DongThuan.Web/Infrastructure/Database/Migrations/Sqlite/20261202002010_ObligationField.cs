using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ObligationField : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Field",
                table: "Obligation",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // Obligations already open for petitions take the field of their petition, so the board's filter covers them too.
            migrationBuilder.Sql("""
                UPDATE "Obligation" SET "Field" = (
                    SELECT f."Name" FROM "Petition" p JOIN "PetitionField" f ON f."Id" = p."FieldId" WHERE p."Id" = "Obligation"."SubjectId")
                WHERE "Kind" = 'petition.answer'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Field",
                table: "Obligation");
        }
    }
}
