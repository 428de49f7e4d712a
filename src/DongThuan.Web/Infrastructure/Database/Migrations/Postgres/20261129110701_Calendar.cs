using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DongThuan.Web.Infrastructure.Database.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Calendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarDay",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDay", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineRule",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Amount = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<int>(type: "integer", nullable: false),
                    StartEvent = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    VeryLateAfter = table.Column<int>(type: "integer", nullable: true),
                    LegalBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineRule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HolidayYear",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AdjustedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayYear", x => x.Year);
                });

            migrationBuilder.InsertData(
                table: "DeadlineRule",
                columns: new[] { "Id", "Amount", "ArchivedAt", "Code", "LegalBasis", "Name", "StartEvent", "Unit", "ValidFrom", "ValidTo", "VeryLateAfter" },
                values: new object[,]
                {
                    { new Guid("0192c000-0000-7000-8000-000000000001"), 20, null, "question.written-answer", "Luật Hoạt động giám sát của Quốc hội và HĐND 2015 (87/2015/QH13), Điều 60, 69", "Trả lời chất vấn bằng văn bản", "Ngày nhận phiếu chất vấn", 1, null, new DateOnly(2026, 2, 28), null },
                    { new Guid("0192c000-0000-7000-8000-000000000002"), 20, null, "question.written-answer", "Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ 20 ngày như luật cũ cho đến khi quản trị viên điều chỉnh)", "Trả lời chất vấn bằng văn bản", "Ngày nhận phiếu chất vấn", 1, new DateOnly(2026, 3, 1), null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000003"), 60, null, "petition.national-assembly", "Quyết định 33/2017/QĐ-TTg (sửa đổi bởi Quyết định 30/2020/QĐ-TTg)", "Trả lời kiến nghị cử tri do Quốc hội chuyển đến", "Ngày nhận kiến nghị", 1, null, null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000004"), 5, null, "feedback.forward-outside-competence", "Nghị định 20/2008/NĐ-CP (sửa đổi bởi Nghị định 48/2013/NĐ-CP)", "Chuyển phản ánh, kiến nghị không thuộc thẩm quyền", "Ngày nhận phản ánh, kiến nghị", 2, null, null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000005"), 8, null, "feedback.acknowledge", "Quyết định 1207/QĐ-UBND ngày 28/02/2025 của UBND TP Hà Nội", "Tiếp nhận phản ánh trên iHanoi", "Thời điểm gửi phản ánh", 3, new DateOnly(2025, 2, 28), null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000006"), 4, null, "feedback.urgent", "Quyết định 1207/QĐ-UBND ngày 28/02/2025 của UBND TP Hà Nội", "Xử lý phản ánh khẩn cấp trên iHanoi", "Thời điểm tiếp nhận", 3, new DateOnly(2025, 2, 28), null, null },
                    { new Guid("0192c000-0000-7000-8000-000000000007"), 15, null, "supervision.plan", "Luật 87/2015/QH13, Điều 70–71", "Gửi kế hoạch, đề cương giám sát chuyên đề", "Ngày thành lập đoàn giám sát", 1, null, new DateOnly(2026, 2, 28), null },
                    { new Guid("0192c000-0000-7000-8000-000000000008"), 15, null, "supervision.report", "Luật 87/2015/QH13, Điều 71", "Báo cáo kết quả giám sát chuyên đề", "Ngày kết thúc giám sát", 1, null, new DateOnly(2026, 2, 28), null },
                    { new Guid("0192c000-0000-7000-8000-000000000009"), 7, null, "supervision.review", "Luật 87/2015/QH13, Điều 71", "Thường trực HĐND xem xét báo cáo giám sát", "Ngày nhận báo cáo của đoàn giám sát", 1, null, new DateOnly(2026, 2, 28), null },
                    { new Guid("0192c000-0000-7000-8000-00000000000a"), 5, null, "voter-meeting.decision", "Nghị quyết liên tịch 72/2025, Điều 32", "Quyết định về tiếp xúc cử tri ngoài đơn vị bầu cử", "Ngày nhận đề nghị", 2, new DateOnly(2025, 2, 20), null, null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDay_Date",
                table: "CalendarDay",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineRule_Code",
                table: "DeadlineRule",
                column: "Code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarDay");

            migrationBuilder.DropTable(
                name: "DeadlineRule");

            migrationBuilder.DropTable(
                name: "HolidayYear");
        }
    }
}
