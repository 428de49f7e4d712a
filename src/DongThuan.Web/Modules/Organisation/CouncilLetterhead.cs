using System.Globalization;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.OfficialDocuments;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Organisation;

/// <summary>
/// The one issuer block and signature block of everything a council writes (ADR 0025). The council and its standing
/// committee issue as the council: "HỘI ĐỒNG NHÂN DÂN PHƯỜNG CẦU GIẤY", with no line above (a council has no governing
/// body), signed "TM. THƯỜNG TRỰC HĐND / CHỦ TỊCH" by whoever chairs it on the document's date. A committee or a delegate
/// group issues under its council: the council on the line above, not bold, the committee's own name below it, signed on
/// its behalf by its head that day. The same letterhead on the annual report, the letters and the supervision reports.
/// </summary>
public sealed record CouncilLetterhead(string? ParentIssuer, string Issuer, string Place, Signer Signer)
{
    public const string StandingCommitteeAuthority = "TM. THƯỜNG TRỰC HĐND";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The letterhead of <paramref name="issuerBodyId"/> (a council or one of its organs) on <paramref name="on"/>; null for any other body.</summary>
    public static async Task<CouncilLetterhead?> OfAsync(DongThuanDb db, Guid issuerBodyId, DateOnly on, CancellationToken ct)
    {
        var body = await db.Set<Body>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == issuerBodyId, ct);
        var council = body?.Kind == BodyKind.Council ? body
            : body?.ParentBodyId is { } parent && body.Kind is BodyKind.CouncilStandingCommittee or BodyKind.CouncilCommittee or BodyKind.DelegateGroup
                ? await db.Set<Body>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == parent && b.Kind == BodyKind.Council, ct)
                : null;
        if (body is null || council is null)
        {
            return null;
        }

        var place = await db.Set<Unit>().AsNoTracking().Where(u => u.Id == council.UnitId).Select(u => u.PlaceName).SingleAsync(ct);
        var councilIssuer = council.WrittenOutName.ToUpper(Vi);
        if (body.Kind is BodyKind.Council or BodyKind.CouncilStandingCommittee)
        {
            var chair = await Heads.OfAsync(db, council.Id, on, ct);
            return new CouncilLetterhead(null, councilIssuer, place, new Signer(StandingCommitteeAuthority, "CHỦ TỊCH", chair?.Name ?? ""));
        }

        // "Ban Pháp chế HĐND quận Cầu Giấy" issues as "BAN PHÁP CHẾ" under the council's name.
        var own = OwnName(body.Name, council.Name).ToUpper(Vi);
        var head = await Heads.OfAsync(db, body.Id, on, ct);
        return new CouncilLetterhead(councilIssuer, own, place, new Signer("TM. " + own, (head?.Title ?? (body.Kind == BodyKind.DelegateGroup ? "Tổ trưởng" : "Trưởng ban")).ToUpper(Vi), head?.Name ?? ""));
    }

    /// <summary>The document's header and signature as this letterhead writes them.</summary>
    public OfficialDocument Apply(OfficialDocument document) =>
        document with { ParentIssuer = ParentIssuer, Issuer = Issuer, Place = Place, Signers = [Signer] };

    private static string OwnName(string name, string councilName)
    {
        var at = name.IndexOf(" HĐND", StringComparison.Ordinal);
        var own = at > 0 ? name[..at] : name.Replace(councilName, "", StringComparison.Ordinal).Trim();
        return own.Length > 0 ? own : name;
    }
}
