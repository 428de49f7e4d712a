using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Sessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Session",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TermId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Session", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Session_Body_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Session_Term_TermId",
                        column: x => x.TermId,
                        principalTable: "Term",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItem_Session_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Session",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GroupOpinion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DelegateGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Content = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    RespondedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupOpinion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupOpinion_Body_DelegateGroupId",
                        column: x => x.DelegateGroupId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupOpinion_Session_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Session",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Document",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerBodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerifiesDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VotesFor = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAgainst = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAbstaining = table.Column<int>(type: "INTEGER", nullable: true),
                    VotesAbsent = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Document", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Document_AgendaItem_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Document_Body_IssuerBodyId",
                        column: x => x.IssuerBodyId,
                        principalTable: "Body",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Document_Session_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Session",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Attachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachment_Document_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Document",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "DeadlineRule",
                columns: new[] { "Id", "Amount", "ArchivedAt", "Code", "LegalBasis", "Name", "StartEvent", "Unit", "ValidFrom", "ValidTo", "VeryLateAfter" },
                values: new object[] { new Guid("0192c000-0000-7000-8000-00000000000b"), 15, null, "session.group-opinion-response", "Chưa tìm thấy thời hạn luật định; mặc định 15 ngày theo thực tiễn, quản trị viên điều chỉnh theo quy chế của HĐND", "Tiếp thu, giải trình ý kiến thảo luận tổ", "Ngày bế mạc kỳ họp", 1, null, null, null });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItem_SessionId_Order",
                table: "AgendaItem",
                columns: new[] { "SessionId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_Attachment_DocumentId",
                table: "Attachment",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Document_AgendaItemId",
                table: "Document",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Document_IssuerBodyId_Year_Type_Number",
                table: "Document",
                columns: new[] { "IssuerBodyId", "Year", "Type", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Document_SessionId",
                table: "Document",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Document_UnitId_Year_Type",
                table: "Document",
                columns: new[] { "UnitId", "Year", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupOpinion_DelegateGroupId",
                table: "GroupOpinion",
                column: "DelegateGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupOpinion_SessionId",
                table: "GroupOpinion",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_Session_CouncilId",
                table: "Session",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_Session_TermId",
                table: "Session",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_Session_UnitId_StartsOn",
                table: "Session",
                columns: new[] { "UnitId", "StartsOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attachment");

            migrationBuilder.DropTable(
                name: "GroupOpinion");

            migrationBuilder.DropTable(
                name: "Document");

            migrationBuilder.DropTable(
                name: "AgendaItem");

            migrationBuilder.DropTable(
                name: "Session");

            migrationBuilder.DeleteData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000b"));
        }
    }
}
