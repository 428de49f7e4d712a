using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DongThuan.Web.Modules.Calendar;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.Property(d => d.Name).HasMaxLength(CalendarDay.NameMax);
        b.Property(d => d.Kind).HasConversion<int>();
        b.HasIndex(d => d.Date);
    }
}

internal sealed class HolidayYearConfiguration : IEntityTypeConfiguration<HolidayYear>
{
    public void Configure(EntityTypeBuilder<HolidayYear> b)
    {
        b.HasKey(y => y.Year);
        b.Property(y => y.Year).ValueGeneratedNever();
    }
}

/// <summary>
/// Deadline rules are reference data every deployment needs, so they ship in the migrations (fixed ids),
/// not in the demo. Figures and sources are those of shared/LAW.md; where that marks a rule unverified, the
/// legal-basis text says so, and administrators can correct it.
/// </summary>
internal sealed class DeadlineRuleConfiguration : IEntityTypeConfiguration<DeadlineRule>
{
    public void Configure(EntityTypeBuilder<DeadlineRule> b)
    {
        b.Property(r => r.Code).HasMaxLength(100);
        b.Property(r => r.Name).HasMaxLength(300);
        b.Property(r => r.StartEvent).HasMaxLength(300);
        b.Property(r => r.LegalBasis).HasMaxLength(500);
        b.Property(r => r.Note).HasMaxLength(500);
        b.Property(r => r.Unit).HasConversion<int>();
        b.Property(r => r.Starts).HasConversion<int>().HasDefaultValue(DeadlineStart.Receipt).HasSentinel((DeadlineStart)0);
        b.HasIndex(r => r.Code);
        b.HasData(
            Rule("0192c000-0000-7000-8000-000000000001", DeadlineCodes.WrittenQuestionAnswer, "Trả lời chất vấn bằng văn bản", 20, DeadlineUnit.CalendarDays,
                "Ngày nhận phiếu chất vấn", "Luật Hoạt động giám sát của Quốc hội và HĐND 2015 (87/2015/QH13), Điều 60, 69", null, new DateOnly(2026, 2, 28)),
            Rule("0192c000-0000-7000-8000-000000000002", DeadlineCodes.WrittenQuestionAnswer, "Trả lời chất vấn bằng văn bản", 20, DeadlineUnit.CalendarDays,
                "Ngày nhận phiếu chất vấn", "Luật Hoạt động giám sát 121/2025/QH15", new DateOnly(2026, 3, 1), null,
                note: "Thời hạn theo luật mới chưa xác minh; giữ 20 ngày như luật cũ cho đến khi quản trị viên điều chỉnh."),
            Rule("0192c000-0000-7000-8000-000000000003", DeadlineCodes.NationalAssemblyPetition, "Trả lời kiến nghị cử tri do Quốc hội chuyển đến", 60, DeadlineUnit.CalendarDays,
                "Ngày nhận kiến nghị", "Quyết định 33/2017/QĐ-TTg (sửa đổi bởi Quyết định 30/2020/QĐ-TTg)", null, null),
            Rule("0192c000-0000-7000-8000-000000000004", DeadlineCodes.ForwardOutsideCompetence, "Chuyển phản ánh, kiến nghị không thuộc thẩm quyền", 5, DeadlineUnit.WorkingDays,
                "Ngày nhận phản ánh, kiến nghị", "Nghị định 20/2008/NĐ-CP (sửa đổi bởi Nghị định 48/2013/NĐ-CP)", null, null),
            Rule("0192c000-0000-7000-8000-000000000005", DeadlineCodes.FeedbackAcknowledge, "Tiếp nhận phản ánh trên iHanoi", 8, DeadlineUnit.WorkingHours,
                "Thời điểm gửi phản ánh", "Quyết định 1207/QĐ-UBND ngày 28/02/2025 của UBND TP Hà Nội", new DateOnly(2025, 2, 28), null),
            Rule("0192c000-0000-7000-8000-000000000006", DeadlineCodes.FeedbackUrgent, "Xử lý phản ánh khẩn cấp trên iHanoi", 4, DeadlineUnit.WorkingHours,
                "Thời điểm tiếp nhận", "Quyết định 1207/QĐ-UBND ngày 28/02/2025 của UBND TP Hà Nội", new DateOnly(2025, 2, 28), null),
            Rule("0192c000-0000-7000-8000-000000000007", DeadlineCodes.SupervisionPlan, "Gửi kế hoạch, đề cương giám sát chuyên đề", 15, DeadlineUnit.CalendarDays,
                "Ngày thành lập đoàn giám sát", "Luật 87/2015/QH13, Điều 70–71", null, new DateOnly(2026, 2, 28)),
            Rule("0192c000-0000-7000-8000-000000000008", DeadlineCodes.SupervisionReport, "Báo cáo kết quả giám sát chuyên đề", 15, DeadlineUnit.CalendarDays,
                "Ngày kết thúc giám sát", "Luật 87/2015/QH13, Điều 71", null, new DateOnly(2026, 2, 28)),
            Rule("0192c000-0000-7000-8000-000000000009", DeadlineCodes.SupervisionReview, "Thường trực HĐND xem xét báo cáo giám sát", 7, DeadlineUnit.CalendarDays,
                "Ngày nhận báo cáo của đoàn giám sát", "Luật 87/2015/QH13, Điều 71", null, new DateOnly(2026, 2, 28)),
            Rule("0192c000-0000-7000-8000-00000000000d", DeadlineCodes.SupervisionCommitteeReport, "Báo cáo kết quả giám sát của Ban HĐND", 10, DeadlineUnit.CalendarDays,
                "Ngày kết thúc giám sát", "Luật 87/2015/QH13, Điều 80", null, new DateOnly(2026, 2, 28)),
            // Law 121/2025 replaced Law 87/2015 on 01/03/2026; its periods are not verified (shared/LAW.md), so the old ones carry on until an administrator corrects them.
            Rule("0192c000-0000-7000-8000-00000000000e", DeadlineCodes.SupervisionPlan, "Gửi kế hoạch, đề cương giám sát chuyên đề", 15, DeadlineUnit.CalendarDays,
                "Ngày thành lập đoàn giám sát", "Luật Hoạt động giám sát 121/2025/QH15", new DateOnly(2026, 3, 1), null,
                note: "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 70–71."),
            Rule("0192c000-0000-7000-8000-00000000000f", DeadlineCodes.SupervisionReport, "Báo cáo kết quả giám sát chuyên đề", 15, DeadlineUnit.CalendarDays,
                "Ngày kết thúc giám sát", "Luật Hoạt động giám sát 121/2025/QH15", new DateOnly(2026, 3, 1), null,
                note: "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 71."),
            Rule("0192c000-0000-7000-8000-000000000010", DeadlineCodes.SupervisionReview, "Thường trực HĐND xem xét báo cáo giám sát", 7, DeadlineUnit.CalendarDays,
                "Ngày nhận báo cáo của đoàn giám sát", "Luật Hoạt động giám sát 121/2025/QH15", new DateOnly(2026, 3, 1), null,
                note: "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 71."),
            Rule("0192c000-0000-7000-8000-000000000011", DeadlineCodes.SupervisionCommitteeReport, "Báo cáo kết quả giám sát của Ban HĐND", 10, DeadlineUnit.CalendarDays,
                "Ngày kết thúc giám sát", "Luật Hoạt động giám sát 121/2025/QH15", new DateOnly(2026, 3, 1), null,
                note: "Thời hạn theo luật mới chưa xác minh; giữ như Luật 87/2015, Điều 80."),
            Rule("0192c000-0000-7000-8000-00000000000a", DeadlineCodes.VoterMeetingDecision, "Quyết định về tiếp xúc cử tri ngoài đơn vị bầu cử", 5, DeadlineUnit.WorkingDays,
                "Ngày nhận đề nghị", "Nghị quyết liên tịch 72/2025, Điều 32", new DateOnly(2025, 2, 20), null),
            Rule("0192c000-0000-7000-8000-00000000000b", DeadlineCodes.GroupOpinionResponse, "Tiếp thu, giải trình ý kiến thảo luận tổ", 15, DeadlineUnit.CalendarDays,
                "Ngày bế mạc kỳ họp", "Quy chế hoạt động của HĐND", null, null,
                note: "Chưa tìm thấy thời hạn luật định; mặc định 15 ngày theo thực tiễn, quản trị viên điều chỉnh theo quy chế của HĐND."),
            // Counted from receipt: counting from routing let a petition wait unrouted for months and still be "on time".
            Rule("0192c000-0000-7000-8000-00000000000c", DeadlineCodes.PetitionAnswer, "Trả lời kiến nghị cử tri, phản ánh của công dân", 30, DeadlineUnit.CalendarDays,
                "Ngày tiếp nhận kiến nghị", "Quy chế tiếp nhận, xử lý kiến nghị của địa phương", null, null, 30,
                note: "Chưa tìm thấy thời hạn luật định chung cho kiến nghị cấp HĐND địa phương (thường do quy chế của tỉnh, thành phố quy định); mặc định 30 ngày tính từ ngày tiếp nhận, quản trị viên điều chỉnh."));
    }

    private static object Rule(string id, string code, string name, int amount, DeadlineUnit unit, string start, string basis, DateOnly? from, DateOnly? to, int? veryLateAfter = null, string? note = null) => new
    {
        Id = Guid.Parse(id),
        Code = code,
        Name = name,
        Amount = amount,
        Unit = unit,
        StartEvent = start,
        Starts = DeadlineStart.Receipt,
        VeryLateAfter = veryLateAfter,
        LegalBasis = basis,
        Note = note,
        ValidFrom = from,
        ValidTo = to,
        ArchivedAt = (DateTimeOffset?)null,
    };
}

/// <summary>The codes other modules ask for.</summary>
public static class DeadlineCodes
{
    public const string WrittenQuestionAnswer = "question.written-answer";
    public const string NationalAssemblyPetition = "petition.national-assembly";
    public const string ForwardOutsideCompetence = "feedback.forward-outside-competence";
    public const string FeedbackAcknowledge = "feedback.acknowledge";
    public const string FeedbackUrgent = "feedback.urgent";
    public const string SupervisionPlan = "supervision.plan";
    public const string SupervisionReport = "supervision.report";
    public const string SupervisionReview = "supervision.review";
    public const string SupervisionCommitteeReport = "supervision.committee-report";
    public const string VoterMeetingDecision = "voter-meeting.decision";
    public const string GroupOpinionResponse = "session.group-opinion-response";
    public const string PetitionAnswer = "petition.answer";
}
