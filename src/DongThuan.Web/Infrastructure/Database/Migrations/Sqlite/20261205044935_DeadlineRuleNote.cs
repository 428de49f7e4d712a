using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DongThuan.Web.Infrastructure.Database.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeadlineRuleNote : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "DeadlineRule",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000001"),
                column: "Note",
                value: null);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000002"),
                columns: new[] { "LegalBasis", "Note" },
                values: new object[] { "Luật Hoạt động giám sát 121/2025/QH15", "Thời hạn theo luật mới chưa xác minh; giữ 20 ngày như luật cũ cho đến khi quản trị viên điều chỉnh." });

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000003"),
                column: "Note",
                value: null);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000004"),
                column: "Note",
                value: null);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000005"),
                column: "Note",
                value: null);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000006"),
                column: "Note",
                value: null);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000007"),
                column: "Note",
                value: null);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000008"),
                column: "Note",
                value: null);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000009"),
                column: "Note",
                value: null);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000a"),
                column: "Note",
                value: null);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000b"),
                columns: new[] { "LegalBasis", "Note" },
                values: new object[] { "Quy chế hoạt động của HĐND", "Chưa tìm thấy thời hạn luật định; mặc định 15 ngày theo thực tiễn, quản trị viên điều chỉnh theo quy chế của HĐND." });

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000c"),
                columns: new[] { "LegalBasis", "Note" },
                values: new object[] { "Quy chế tiếp nhận, xử lý kiến nghị của địa phương", "Chưa tìm thấy thời hạn luật định chung cho kiến nghị cấp HĐND địa phương (thường do quy chế của tỉnh, thành phố quy định); mặc định 30 ngày tính từ ngày tiếp nhận, quản trị viên điều chỉnh." });

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000d"),
                column: "Note",
                value: null);

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000e"),
                columns: new[] { "LegalBasis", "Note" },
                values: new object[] { "Luật Hoạt động giám sát 121/2025/QH15", "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 70–71." });

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000f"),
                columns: new[] { "LegalBasis", "Note" },
                values: new object[] { "Luật Hoạt động giám sát 121/2025/QH15", "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 71." });

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000010"),
                columns: new[] { "LegalBasis", "Note" },
                values: new object[] { "Luật Hoạt động giám sát 121/2025/QH15", "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 71." });

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000011"),
                columns: new[] { "LegalBasis", "Note" },
                values: new object[] { "Luật Hoạt động giám sát 121/2025/QH15", "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 80." });

            DueExplanationCleanup.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Note",
                table: "DeadlineRule");

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000002"),
                column: "LegalBasis",
                value: "Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ 20 ngày như luật cũ cho đến khi quản trị viên điều chỉnh)");

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000b"),
                column: "LegalBasis",
                value: "Chưa tìm thấy thời hạn luật định; mặc định 15 ngày theo thực tiễn, quản trị viên điều chỉnh theo quy chế của HĐND");

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000c"),
                column: "LegalBasis",
                value: "Chưa tìm thấy thời hạn luật định chung cho kiến nghị cấp HĐND địa phương (thường do quy chế của tỉnh, thành phố quy định); mặc định 30 ngày tính từ ngày tiếp nhận, quản trị viên điều chỉnh");

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000e"),
                column: "LegalBasis",
                value: "Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 70–71)");

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-00000000000f"),
                column: "LegalBasis",
                value: "Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 71)");

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000010"),
                column: "LegalBasis",
                value: "Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 71)");

            migrationBuilder.UpdateData(
                table: "DeadlineRule",
                keyColumn: "Id",
                keyValue: new Guid("0192c000-0000-7000-8000-000000000011"),
                column: "LegalBasis",
                value: "Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 80)");
        }
    }
}
