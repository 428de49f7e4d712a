using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SecurityHardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            // The address typed on a petition was the sender's own (ADR 0016): it is identity, so it moves to the
            // petitioner's identity where that has none, and the petition's field starts anew as the place of the matter.
            migrationBuilder.Sql("""
                UPDATE "PetitionerIdentity" SET "Address" = (SELECT p."Address" FROM "Petition" p WHERE p."Id" = "PetitionerIdentity"."PetitionId")
                WHERE "Address" IS NULL AND "ErasedAt" IS NULL
                """);

            migrationBuilder.RenameColumn(
                name: "Address",
                table: "Petition",
                newName: "Location");

            migrationBuilder.Sql("""UPDATE "Petition" SET "Location" = NULL""");

            migrationBuilder.AddColumn<string>(
                name: "KeyFingerprint",
                table: "AuditChainHead",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.UpdateData(
                table: "AuditChainHead",
                keyColumn: "Id",
                keyValue: 1,
                column: "KeyFingerprint",
                value: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyFingerprint",
                table: "AuditChainHead");

            migrationBuilder.RenameColumn(
                name: "Location",
                table: "Petition",
                newName: "Address");

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });
        }
    }
}
