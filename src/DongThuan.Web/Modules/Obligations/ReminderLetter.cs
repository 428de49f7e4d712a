using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// The standing committee's reminder letter (công văn đôn đốc) to one agency: every obligation it owes the council's unit
/// that is past its due date, with the due date and the days overdue, and the day by which to report back. Drafted
/// unnumbered in the Decree 30 layout, for the clerk to number and the chair to sign. Only the council office of the
/// unit drafts it; an agency with nothing overdue gets no letter.
/// </summary>
public static class ReminderLetter
{
    /// <summary>Working days are not counted here: the agency is asked to report within this many calendar days.</summary>
    public const int ReportWithinDays = 7;

    public static async Task<OfficialDocument?> DraftAsync(DongThuanDb db, ObligationCatalogue catalogue, ClaimsPrincipal user, Guid agencyId, DateOnly today, CancellationToken ct)
    {
        var agency = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == agencyId, ct);
        if (agency is null)
        {
            return null;
        }

        // The council whose office asks: the one of the agency's unit (or, for an agency of a unit without a council, of its parent).
        var units = await db.Units.AsNoTracking().Where(u => u.Id == agency.UnitId).Select(u => new { u.Id, u.ParentId, u.PlaceName }).SingleAsync(ct);
        var council = await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null && (b.UnitId == units.Id || b.UnitId == units.ParentId))
            .OrderByDescending(b => b.UnitId == units.Id).ThenByDescending(b => b.ValidTo ?? DateOnly.MaxValue).FirstOrDefaultAsync(ct);
        if (council is null || !UnitScope.IsCouncilOfficeOf(user, council.UnitId))
        {
            return null;
        }

        var overdue = await db.Obligations.AsNoTracking()
            .Where(o => o.OwnerBodyId == agencyId && o.UnitId == council.UnitId && o.State == ObligationState.Open && o.DueOn < today)
            .OrderBy(o => o.DueOn).ThenBy(o => o.Subject).ToListAsync(ct);
        if (overdue.Count == 0)
        {
            return null;
        }

        var letterhead = (await CouncilLetterhead.OfAsync(db, council.Id, today, ct))!;
        var rows = overdue.Select((o, i) => (IReadOnlyList<string>)
            [(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), o.Subject, catalogue.NameOf(o.Kind), o.DueOn.ToString("dd/MM/yyyy"),
             (today.DayNumber - o.DueOn.DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture)]).ToList();
        return letterhead.Apply(new OfficialDocument
        {
            Issuer = letterhead.Issuer,
            NumberLine = OfficialDocument.UnnumberedLine(null, "HĐND-VP"),
            Place = letterhead.Place,
            Date = today,
            Summary = "đôn đốc thực hiện các nội dung đã quá hạn",
            Addressees = [agency.Name],
            Body =
            [
                new Paragraph($"Theo dõi của Thường trực {council.Name}, tính đến ngày {today:dd/MM/yyyy}, {agency.Name} còn {overdue.Count:00} nội dung đã quá thời hạn mà chưa hoàn thành, cụ thể như sau:"),
                new Table(["STT", "Nội dung", "Loại việc", "Hạn", "Số ngày quá hạn"], rows, Shares: [7, 45, 20, 15, 13], TextColumn: 1),
                new Paragraph($"Thường trực {council.Name} đề nghị {agency.Name} khẩn trương thực hiện các nội dung nêu trên và báo cáo kết quả về Thường trực HĐND "
                    + $"(qua Văn phòng) trước ngày {today.AddDays(ReportWithinDays):dd/MM/yyyy}; nội dung nào chưa thể hoàn thành, đề nghị nêu rõ lý do và thời hạn hoàn thành."),
            ],
            Recipients = [agency.Name, "Văn phòng (theo dõi)", "Lưu: VT"],
            Signers = [letterhead.Signer],
        });
    }
}
