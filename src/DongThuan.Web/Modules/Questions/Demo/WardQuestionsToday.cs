using DongThuan.Web.Infrastructure.Demo;
using DongThuan.Web.Infrastructure.Import;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts.Demo;
using DongThuan.Web.Modules.Organisation.Demo;

namespace DongThuan.Web.Modules.Questions.Demo;

/// <summary>
/// The ward council's written questions of this year, dated back from the day the demo is seeded, so that the board
/// always has one answered and accepted, one awaiting the delegate's verdict, one due in a few days, one overdue and one
/// the office has yet to forward. Entered by the ward's office through the sheet import's use cases, as a council would.
/// </summary>
public static class WardQuestionsToday
{
    public static async Task SeedAsync(DemoRun run, CancellationToken ct)
    {
        var ward = run.Shared<CauGiayWard>();
        var today = VietnamTime.Today(run.Service<TimeProvider>());
        var office = await DemoSignIn.AsAsync(run, "phuong.vanphong");
        var import = run.Service<IEnumerable<ISheetImport>>().OfType<QuestionsImport>().Single();
        var context = new ImportContext(office, ward.Council.Id, ward.Ward.Id, today, "demo");
        string Day(int daysAgo) => today.AddDays(-daysAgo).ToString("dd/MM/yyyy");
        var chair = ("UBND phường Cầu Giấy", "Chủ tịch UBND", ward.Delegates[3].FullName);
        var economy = (ward.EconomyDepartment.Name, "DepartmentHead", "Trưởng phòng Kinh tế, Hạ tầng và Đô thị");
        var rows = new (int Delegate, string Title, string Content, int Received, (string Agency, string Role, string Name)? To, int? Forwarded, int? Answered, string? Answer, int? Evaluated)[]
        {
            (2, "Tiến độ cải tạo vỉa hè phố Trần Thái Tông", "Đề nghị cho biết tiến độ, thời gian hoàn thành cải tạo vỉa hè phố Trần Thái Tông và phương án bảo đảm đi lại cho người dân.",
                75, chair, 74, 60, "Hoàn thành trong tháng tới; đã bố trí lối đi tạm có rào chắn.", 55),
            (1, "Bố trí điểm tập kết rác tại ngõ 130 Xuân Thủy", "Cử tri phản ánh điểm tập kết rác tự phát gây mất vệ sinh; đề nghị bố trí điểm tập kết có giờ thu gom cố định.",
                30, economy, 29, 5, "Đã bố trí điểm tập kết mới, thu gom trước 21 giờ hằng ngày.", null),
            (6, "Trông giữ xe trên vỉa hè quanh chợ Nghĩa Tân", "Đề nghị cho biết việc cấp phép, kiểm tra trông giữ xe trên vỉa hè quanh chợ và xử lý vi phạm.",
                17, economy, 16, null, null, null),
            (11, "Thiếu sân chơi cho trẻ em tại tổ dân phố số 8", "Đề nghị UBND phường cho biết kế hoạch bố trí sân chơi cho trẻ em trên khu đất trống tại tổ dân phố số 8.",
                45, chair, 44, null, null, null),
            (7, "Chiếu sáng ngõ 68 Cầu Giấy", "Nhiều đoạn ngõ 68 không có đèn chiếu sáng; đề nghị cho biết thời gian lắp đặt.",
                1, null, null, null, null, null),
        };
        var number = 1;
        foreach (var r in rows)
        {
            var cells = new Dictionary<string, object?>
            {
                ["Đại biểu"] = ward.Delegates[r.Delegate].FullName, ["Tiêu đề"] = r.Title, ["Nội dung"] = r.Content, ["Ngày nhận"] = Day(r.Received),
                ["Ngày chuyển"] = r.Forwarded is { } f ? Day(f) : null, ["Cơ quan trả lời"] = r.To?.Agency, ["Vai trò người trả lời"] = r.To?.Role, ["Người trả lời"] = r.To?.Name,
                ["Ngày trả lời"] = r.Answered is { } a ? Day(a) : null, ["Nội dung trả lời"] = r.Answer, ["Trách nhiệm"] = r.To?.Agency,
                ["Biện pháp"] = r.Answer is null ? null : "Như nội dung trả lời", ["Thời hạn thực hiện"] = r.Answer is null ? null : "Trong năm nay",
                ["Đại biểu đồng ý"] = r.Evaluated is null ? null : "Có", ["Ngày đánh giá"] = r.Evaluated is { } e ? Day(e) : null,
            };
            var (result, refusal) = await import.ImportAsync(context, new ImportRow(number++, cells), ct);
            if (result != RowResult.Imported)
            {
                throw new InvalidOperationException($"Demo question \"{r.Title}\": {result} {refusal}");
            }
        }
    }
}
