using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Organisation.Demo;

/// <summary>
/// The demo's present: phường Cầu Giấy, which took over from the district on 1 July 2025, with its council (the
/// 2021–2026 delegates carried over, then the 2026–2031 term elected on 15 March 2026), standing committee, two
/// committees, three delegate groups, the ward people's committee with its two departments and office, and the Front.
/// The ward's records of this year are seeded by each module relative to the day the demo is seeded.
/// </summary>
public sealed class CauGiayWard
{
    public static readonly DateOnly Founded = CauGiayOrganisation.DistrictEnded.AddDays(1);
    public static readonly DateOnly Elected = new(2026, 3, 15);

    public required Unit Ward { get; init; }
    public required Body Council { get; init; }
    public required Body StandingCommittee { get; init; }
    public required Body LegalCommittee { get; init; }
    public required IReadOnlyList<Body> DelegateGroups { get; init; }
    public required Body PeoplesCommittee { get; init; }
    public required Body Office { get; init; }
    public required Body EconomyDepartment { get; init; }
    public required Body CultureDepartment { get; init; }
    public required Body FrontStandingBoard { get; init; }
    public required IReadOnlyList<Person> Delegates { get; init; }
    public required Person OfficeOfficer { get; init; }
    public required Person ExecutiveOfficer { get; init; }
    public required Person FrontOfficer { get; init; }

    /// <summary>The head of the economy, infrastructure and urban department: the named owner of what supervision asks of it.</summary>
    public required Person EconomyHead { get; init; }

    public static CauGiayWard Seed(DongThuanDb db)
    {
        var ward = db.Units.Local.Single(u => u.Name == "Phường Cầu Giấy" && u.ValidTo == null);
        Body NewBody(string name, BodyKind kind, Body? parent) =>
            Add(db, Body.Create(name, kind, ward, parent, Founded, null, unitHasCouncil: kind == BodyKind.Council ? false : true, out var o), o);

        var council = NewBody("HĐND phường Cầu Giấy", BodyKind.Council, null);
        var standing = NewBody("Thường trực HĐND phường Cầu Giấy", BodyKind.CouncilStandingCommittee, council);
        var legal = NewBody("Ban Pháp chế HĐND phường Cầu Giấy", BodyKind.CouncilCommittee, council);
        NewBody("Ban Kinh tế – Ngân sách HĐND phường Cầu Giấy", BodyKind.CouncilCommittee, council);
        var groups = Enumerable.Range(1, 3).Select(i => NewBody($"Tổ đại biểu phường Cầu Giấy số {i}", BodyKind.DelegateGroup, council)).ToList();
        var ubnd = NewBody("UBND phường Cầu Giấy", BodyKind.PeoplesCommittee, null);
        var office = NewBody("Văn phòng HĐND và UBND phường Cầu Giấy", BodyKind.ExecutiveDepartment, ubnd);
        var economy = NewBody("Phòng Kinh tế, Hạ tầng và Đô thị phường Cầu Giấy", BodyKind.ExecutiveDepartment, ubnd);
        var culture = NewBody("Phòng Văn hóa – Xã hội phường Cầu Giấy", BodyKind.ExecutiveDepartment, ubnd);
        var front = NewBody("Ủy ban MTTQ Việt Nam phường Cầu Giấy", BodyKind.FrontCommittee, null);
        var frontBoard = NewBody("Ban Thường trực Ủy ban MTTQ Việt Nam phường Cầu Giấy", BodyKind.FrontStandingBoard, front);

        var carried = Add(db, Term.Create(council, 1, Founded, Elected.AddDays(-1), [], out var to), to);
        var term = Add(db, Term.Create(council, 2, Elected, new DateOnly(2031, 3, 14), [carried], out to), to);

        // Names continue the district's invented list past the people it used.
        var n = 300;
        Person NewPerson() => Add(db, Person.Create(CauGiayOrganisation.InventedName(n++), ward, null, null, out var po), po);
        void Hold(Person p, Body b, string title, Term? t = null) => Add(db, Position.Assign(p, b, title, t, t?.StartsOn ?? Founded, null, out var xo), xo);

        // 15 delegates of the 2026–2031 term, 5 per delegate group; the first of each group leads it.
        var delegates = new List<Person>();
        for (var i = 0; i < 15; i++)
        {
            var p = NewPerson();
            delegates.Add(p);
            Hold(p, council, "Đại biểu HĐND phường", term);
            Hold(p, groups[i / 5], i % 5 == 0 ? "Tổ trưởng" : "Tổ viên", term);
        }

        Hold(delegates[0], standing, "Chủ tịch HĐND phường", term);
        Hold(delegates[5], standing, "Phó Chủ tịch HĐND phường", term);
        Hold(delegates[10], legal, "Trưởng ban", term);
        Hold(delegates[3], ubnd, "Chủ tịch UBND phường");
        var officeOfficer = NewPerson();
        Hold(officeOfficer, office, "Chuyên viên Văn phòng phụ trách công tác HĐND");
        var executiveOfficer = NewPerson();
        Hold(executiveOfficer, office, "Chuyên viên tổng hợp");
        var economyHead = NewPerson();
        Hold(economyHead, economy, "Trưởng phòng");
        Hold(NewPerson(), culture, "Trưởng phòng");
        var frontOfficer = NewPerson();
        Hold(frontOfficer, frontBoard, "Phó Chủ tịch Ủy ban MTTQ phường");

        return new CauGiayWard
        {
            Ward = ward, Council = council, StandingCommittee = standing, LegalCommittee = legal, DelegateGroups = groups, PeoplesCommittee = ubnd, Office = office,
            EconomyDepartment = economy, CultureDepartment = culture, FrontStandingBoard = frontBoard, Delegates = delegates, OfficeOfficer = officeOfficer,
            ExecutiveOfficer = executiveOfficer, FrontOfficer = frontOfficer, EconomyHead = economyHead,
        };
    }

    private static T Add<T>(DongThuanDb db, T entity, Outcome outcome)
        where T : Entity
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo data breaks a rule: {outcome.Refusal}");
        }

        db.Add(entity);
        return entity;
    }
}
