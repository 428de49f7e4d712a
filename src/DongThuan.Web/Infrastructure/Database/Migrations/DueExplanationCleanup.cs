using Microsoft.EntityFrameworkCore.Migrations;

namespace DongThuan.Web.Infrastructure.Database.Migrations;

/// <summary>
/// When the deadline rules' verification notes moved out of their legal basis (migration DeadlineRuleNote), the due-date
/// explanations already written from the old texts still carried the notes to officials. This rewrites them to the
/// basis alone; the SQL is the same on SQLite and PostgreSQL. Frozen with the migration: later rule texts never come here.
/// </summary>
internal static class DueExplanationCleanup
{
    private static readonly (string Old, string New)[] Texts =
    [
        ("Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ 20 ngày như luật cũ cho đến khi quản trị viên điều chỉnh)", "Luật Hoạt động giám sát 121/2025/QH15"),
        ("Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 70–71)", "Luật Hoạt động giám sát 121/2025/QH15"),
        ("Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 71)", "Luật Hoạt động giám sát 121/2025/QH15"),
        ("Luật Hoạt động giám sát 121/2025/QH15 (thời hạn chưa xác minh; giữ như Luật 87/2015, Điều 80)", "Luật Hoạt động giám sát 121/2025/QH15"),
        ("Chưa tìm thấy thời hạn luật định; mặc định 15 ngày theo thực tiễn, quản trị viên điều chỉnh theo quy chế của HĐND", "Quy chế hoạt động của HĐND"),
        ("Chưa tìm thấy thời hạn luật định chung cho kiến nghị cấp HĐND địa phương (thường do quy chế của tỉnh, thành phố quy định); mặc định 30 ngày tính từ ngày tiếp nhận, quản trị viên điều chỉnh",
            "Quy chế tiếp nhận, xử lý kiến nghị của địa phương"),
    ];

    public static void Apply(MigrationBuilder migrationBuilder)
    {
        foreach (var (old, @new) in Texts)
        {
            migrationBuilder.Sql($"UPDATE \"Obligation\" SET \"DueExplanation\" = replace(\"DueExplanation\", '{old}', '{@new}') WHERE \"DueExplanation\" LIKE '%{old[..30]}%';");
        }
    }
}
