using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NoticesByTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Notification_UserId_CreatedAt",
                table: "Notification",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notification_UserId_Kind_CreatedAt",
                table: "Notification",
                columns: new[] { "UserId", "Kind", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notification_UserId_CreatedAt",
                table: "Notification");

            migrationBuilder.DropIndex(
                name: "IX_Notification_UserId_Kind_CreatedAt",
                table: "Notification");
        }
    }
}
