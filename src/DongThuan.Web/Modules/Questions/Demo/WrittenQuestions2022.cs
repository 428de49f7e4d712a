using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation.Demo;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions.Demo;

/// <summary>
/// The seed article's "9 ý kiến chất vấn bằng văn bản của đại biểu gửi đến UBND quận" in 2022: all
/// answered, two of them late, and two whose delegates were not satisfied ("hoạt động chất vấn có lúc,
/// có nơi hiệu quả chưa cao"). Subjects are invented but typical of an urban district. Deterministic.
/// </summary>
public static class WrittenQuestions2022
{
    private sealed record Seed(int Delegate, string Title, string Content, string? Department, string Respondent,
        (int M, int D) Submitted, int AnswerAfterDays, bool Satisfied, FollowUp? FollowUp, string Responsibility, string Measures, string TimeFrame);

    private static readonly Seed[] Seeds =
    [
        new(1, "Tiến độ giải phóng mặt bằng dự án mở rộng đường Nguyễn Khang",
            "Đề nghị Chủ tịch UBND quận cho biết nguyên nhân chậm giải phóng mặt bằng dự án mở rộng đường Nguyễn Khang, giải pháp và thời hạn hoàn thành.",
            null, "Chủ tịch UBND quận Cầu Giấy", (3, 2), 27, true, null, "UBND quận, Ban Quản lý dự án đầu tư xây dựng quận",
            "Rà soát hồ sơ 46 hộ còn vướng mắc, tổ chức đối thoại với từng hộ, phê duyệt phương án bồi thường bổ sung.", "Quý III/2022"),
        new(6, "Ùn tắc giao thông giờ cao điểm tại nút Cầu Giấy – Xuân Thủy",
            "Đề nghị cho biết các giải pháp tổ chức lại giao thông, bố trí lực lượng hướng dẫn tại nút Cầu Giấy – Xuân Thủy.",
            "Phòng Quản lý đô thị", "Trưởng phòng Quản lý đô thị", (3, 15), 16, true, null, "Phòng Quản lý đô thị, Đội Cảnh sát giao thông",
            "Điều chỉnh chu kỳ đèn tín hiệu, cấm dừng đỗ trên đoạn 200 m, phân luồng xe buýt.", "Tháng 5/2022"),
        new(11, "Xử lý vi phạm trật tự xây dựng tại phường Dịch Vọng Hậu",
            "Đề nghị cho biết kết quả xử lý các công trình xây dựng sai phép tại phường Dịch Vọng Hậu đã được cử tri phản ánh từ năm 2021.",
            "Phòng Quản lý đô thị", "Trưởng phòng Quản lý đô thị", (4, 11), 19, false, FollowUp.StandingCommitteeDiscussion,
            "Phòng Quản lý đô thị, UBND phường Dịch Vọng Hậu", "Ban hành quyết định xử phạt, yêu cầu tự tháo dỡ phần sai phép.", "Tháng 8/2022"),
        new(16, "Thiếu chỗ học lớp 1 tại các trường tiểu học công lập",
            "Năm học 2022–2023 dự báo số trẻ vào lớp 1 tăng; đề nghị cho biết giải pháp bảo đảm chỗ học, sĩ số lớp theo quy định.",
            "Phòng Giáo dục và Đào tạo", "Trưởng phòng Giáo dục và Đào tạo", (5, 9), 14, true, null, "Phòng Giáo dục và Đào tạo",
            "Đưa vào sử dụng 24 phòng học mới, điều chỉnh tuyến tuyển sinh giữa các phường.", "Tháng 8/2022"),
        new(21, "Ô nhiễm tiếng ồn và bụi từ công trình xây dựng cao tầng",
            "Cử tri phản ánh tiếng ồn ban đêm và bụi từ các công trình cao tầng; đề nghị cho biết việc kiểm tra, xử lý.",
            "Phòng Tài nguyên và Môi trường", "Trưởng phòng Tài nguyên và Môi trường", (6, 20), 18, true, null, "Phòng Tài nguyên và Môi trường",
            "Kiểm tra đột xuất 12 công trình, xử phạt 3 chủ đầu tư, yêu cầu che chắn và rửa xe.", "Quý III/2022"),
        new(26, "Cấp giấy chứng nhận quyền sử dụng đất tồn đọng tại phường Mai Dịch",
            "Đề nghị cho biết số hồ sơ cấp giấy chứng nhận còn tồn đọng tại phường Mai Dịch, nguyên nhân và lộ trình giải quyết.",
            "Phòng Tài nguyên và Môi trường", "Trưởng phòng Tài nguyên và Môi trường", (8, 3), 31, false, FollowUp.SupervisionProposal,
            "Phòng Tài nguyên và Môi trường, Văn phòng đăng ký đất đai chi nhánh Cầu Giấy",
            "Rà soát 138 hồ sơ tồn đọng, phân loại theo nguyên nhân, giải quyết dứt điểm hồ sơ đủ điều kiện.", "Hết năm 2022"),
        new(31, "Chậm chi trả chế độ cho người có công với cách mạng",
            "Một số đối tượng chính sách phản ánh chậm nhận trợ cấp; đề nghị cho biết nguyên nhân và biện pháp khắc phục.",
            "Phòng Lao động – Thương binh và Xã hội", "Trưởng phòng Lao động – Thương binh và Xã hội", (9, 12), 15, true, null,
            "Phòng Lao động – Thương binh và Xã hội", "Chi trả qua tài khoản ngân hàng, rà soát danh sách hằng tháng với UBND phường.", "Tháng 10/2022"),
        new(36, "Bảo đảm an toàn thực phẩm tại bếp ăn tập thể trường học",
            "Đề nghị cho biết kết quả kiểm tra an toàn thực phẩm tại bếp ăn các trường mầm non, tiểu học trên địa bàn.",
            "Phòng Y tế", "Trưởng phòng Y tế", (10, 17), 13, true, null, "Phòng Y tế, Phòng Giáo dục và Đào tạo",
            "Kiểm tra 100% bếp ăn tập thể, lưu mẫu thực phẩm, công khai nhà cung cấp.", "Học kỳ I năm học 2022–2023"),
        new(39, "Hiệu quả sử dụng nhà văn hóa tổ dân phố",
            "Một số nhà văn hóa tổ dân phố ít hoạt động, có nơi cho thuê sai mục đích; đề nghị cho biết việc quản lý, khai thác.",
            "Phòng Văn hóa và Thông tin", "Trưởng phòng Văn hóa và Thông tin", (11, 7), 17, true, null, "Phòng Văn hóa và Thông tin, UBND các phường",
            "Ban hành quy chế quản lý nhà văn hóa, chấm dứt các hợp đồng cho thuê sai mục đích.", "Quý I/2023"),
    ];

    // The past is entered as it happened: the obligation opened on the day the question was submitted.
    private static ObligationLedger Ledger(DongThuanDb db, Deadlines deadlines) => new(db, deadlines);

    public static async Task SeedAsync(DongThuanDb db, Deadlines deadlines, CauGiayOrganisation org, string officeUser, string executiveUser, CancellationToken ct)
    {
        var departments = await db.Set<Organisation.Body>().Where(b => b.ParentBodyId == org.PeoplesCommittee.Id).ToDictionaryAsync(b => b.Name, b => b.Id, ct);
        var at = (DateOnly d, int hour) => new DateTimeOffset(d.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(7)).ToUniversalTime();
        foreach (var s in Seeds)
        {
            var asker = org.Delegates[s.Delegate];
            var q = Question.Draft(org.District.Id, org.Council.Id, asker.Id, QuestionChannel.BetweenSessions, s.Title, s.Content, out var outcome);
            var submitted = new DateOnly(2022, s.Submitted.M, s.Submitted.D);
            var forwarded = submitted.AddDays(2);
            var answered = submitted.AddDays(s.AnswerAfterDays);
            var bodyId = s.Department is null ? org.PeoplesCommittee.Id : departments[s.Department];
            var role = s.Department is null ? RespondentRole.PeoplesCommitteeChair : RespondentRole.DepartmentHead;
            var due = await deadlines.DueAsync(DeadlineCodes.WrittenQuestionAnswer, submitted.ToDateTime(TimeOnly.MinValue), ct)
                      ?? throw new InvalidOperationException("No deadline rule for 2022 questions.");
            var steps = new List<(QuestionState From, QuestionState To, DateOnly On, string Actor, string? Note)>
            {
                (QuestionState.Draft, QuestionState.Submitted, submitted, asker.FullName, null),
                (QuestionState.Submitted, QuestionState.Forwarded, forwarded, officeUser, null),
                (QuestionState.Forwarded, QuestionState.Answered, answered, executiveUser, null),
                (QuestionState.Answered, s.Satisfied ? QuestionState.Satisfied : QuestionState.NotSatisfied, answered.AddDays(5), asker.FullName,
                    s.Satisfied ? null : "Câu trả lời chưa nêu rõ thời hạn xử lý dứt điểm."),
                (s.Satisfied ? QuestionState.Satisfied : QuestionState.NotSatisfied, QuestionState.Closed, answered.AddDays(10), officeUser, null),
            };
            Require(outcome);
            Require(q.Submit(submitted));
            Require(q.Forward(role, bodyId, null, s.Respondent, forwarded));
            var obligation = Ledger(db, deadlines).Open(q, new ObligationOpening(QuestionObligations.Answer, q.Title, q.UnitId, bodyId, null, submitted), due.Due, due.Rule);
            Require(q.AnswerWith(s.Content.Replace("Đề nghị", "Trả lời đại biểu về việc", StringComparison.Ordinal) + " UBND quận đã chỉ đạo các cơ quan liên quan thực hiện các biện pháp nêu dưới đây.",
                s.Responsibility, s.Measures, s.TimeFrame, answered));
            Require(obligation.Fulfil(answered));
            Require(q.Evaluate(s.Satisfied, s.FollowUp, steps[3].Note));
            Require(q.Close());
            db.Add(q);
            foreach (var (from, to, on, actor, note) in steps)
            {
                db.Add(TimelineEvent.Record(QuestionObligations.SubjectType, q.Id, at(on, 9), null, actor, from == QuestionState.Draft ? null : from.ToString(), to.ToString(), note));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static void Require(Infrastructure.Domain.Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo questions break a rule: {outcome.Refusal}");
        }
    }
}
