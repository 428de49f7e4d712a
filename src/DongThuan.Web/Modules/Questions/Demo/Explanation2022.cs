using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Calendar;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation.Demo;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions.Demo;

/// <summary>One 2022 explanation session on building-order management, concluded, with two promises: one kept on time, one late.</summary>
public static class Explanation2022
{
    public static async Task SeedAsync(DongThuanDb db, Deadlines deadlines, CauGiayOrganisation org, CancellationToken ct)
    {
        var urban = await db.Set<Organisation.Body>().SingleAsync(b => b.ParentBodyId == org.PeoplesCommittee.Id && b.Name == "Phòng Quản lý đô thị", ct);
        var session = ExplanationSession.Plan(org.District.Id, org.Council.Id, "Công tác quản lý trật tự xây dựng trên địa bàn quận",
            "Phó Chủ tịch UBND quận phụ trách đô thị; Trưởng phòng Quản lý đô thị", new DateOnly(2022, 10, 10), new DateOnly(2022, 10, 25), true, out var o);
        Require(o);
        Require(session.Conclude("Thường trực HĐND quận đề nghị UBND quận xử lý dứt điểm các công trình vi phạm đã được chỉ ra, ban hành quy chế phối hợp với UBND các phường và báo cáo kết quả tại kỳ họp giữa năm 2023.",
            5, 5, new DateOnly(2022, 10, 25)));
        db.Add(session);

        foreach (var (owner, official, text, due, done, report) in new[]
                 {
                     (urban.Id, "Trưởng phòng Quản lý đô thị", "Xử lý dứt điểm 12 công trình xây dựng sai phép đã được chỉ ra tại phiên giải trình.", new DateOnly(2022, 12, 31), new DateOnly(2022, 12, 20),
                         "Đã xử lý 12/12 công trình: 9 công trình tự tháo dỡ phần sai phép, 3 công trình bị cưỡng chế."),
                     (org.PeoplesCommittee.Id, "Phó Chủ tịch UBND quận", "Ban hành quy chế phối hợp quản lý trật tự xây dựng giữa UBND quận và UBND các phường.", new DateOnly(2023, 3, 31), new DateOnly(2023, 4, 14),
                         "Đã ban hành quy chế phối hợp kèm Quyết định của UBND quận ngày 14/4/2023."),
                 })
        {
            var promise = ExplanationPromise.Record(session, owner, official, text, due, out o);
            Require(o);
            var obligation = new ObligationLedger(db, deadlines).Open(promise,
                new ObligationOpening(ExplanationPromise.ObligationKind, text, session.UnitId, owner, null, session.HeldOn),
                new DueDate(due, null, $"Hạn do người giải trình hứa tại phiên giải trình ngày {session.HeldOn:dd/MM/yyyy}."), null);
            Require(promise.ReportDone(report));
            Require(obligation.Fulfil(done));
            db.Add(promise);
        }

        await db.SaveChangesAsync(ct);
    }

    private static void Require(Infrastructure.Domain.Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo explanation session breaks a rule: {outcome.Refusal}");
        }
    }
}
