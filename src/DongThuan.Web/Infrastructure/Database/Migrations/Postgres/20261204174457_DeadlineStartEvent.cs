using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DeadlineStartEvent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Starts",
                table: "DeadlineRule",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000001"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000002"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000003"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000004"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000005"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000006"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000007"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000008"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000009"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000a"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000b"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000c"),
                columns: new[] { "LegalBasis", "StartEvent", "Starts" },
                values: new object[] { "Chưa tìm thấy thời hạn luật định chung cho kiến nghị cấp HĐND địa phương (thường do quy chế của tỉnh, thành phố quy định); mặc định 30 ngày tính từ ngày tiếp nhận, quản trị viên điều chỉnh", "Ngày tiếp nhận kiến nghị", 1 });

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000d"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000e"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000f"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000010"),
                column: "Starts",
                value: 1);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000011"),
                column: "Starts",
                value: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Starts",
                table: "DeadlineRule");

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000c"),
                columns: new[] { "LegalBasis", "StartEvent" },
                values: new object[] { "Chưa tìm thấy thời hạn luật định chung cho kiến nghị cấp HĐND địa phương (thường do quy chế của tỉnh, thành phố quy định); mặc định 30 ngày, quản trị viên điều chỉnh", "Ngày chuyển kiến nghị đến cơ quan có thẩm quyền" });
        }
    }
}
