using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NotificationSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Notification",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "message");

            migrationBuilder.AddColumn<Guid>(
                name: "SubjectId",
                table: "Notification",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectType",
                table: "Notification",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Notification");

            migrationBuilder.DropColumn(
                name: "SubjectId",
                table: "Notification");

            migrationBuilder.DropColumn(
                name: "SubjectType",
                table: "Notification");
        }
    }
}
