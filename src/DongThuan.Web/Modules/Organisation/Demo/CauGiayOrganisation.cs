using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Organisation.Demo;

/// <summary>
/// The demo organisation: Hà Nội → quận Cầu Giấy (until 30/06/2025) and its successor wards; the district
/// council, term VI, its organs and 40 delegates; the people's committee and its departments; the Front.
/// Every name of a person is invented. Deterministic: the same data on every run.
/// </summary>
public sealed class CauGiayOrganisation
{
    public static readonly DateOnly DistrictFounded = new(1997, 9, 1);
    public static readonly DateOnly DistrictEnded = new(2025, 6, 30);

    public required Unit Hanoi { get; init; }
    public required Unit District { get; init; }
    public required Body Council { get; init; }
    public required Body StandingCommittee { get; init; }
    public required Body LegalCommittee { get; init; }
    public required Body EconomicCommittee { get; init; }
    public required IReadOnlyList<Body> DelegateGroups { get; init; }
    public required Body PeoplesCommittee { get; init; }
    public required Body ExecutiveOffice { get; init; }
    public required Body FrontStandingBoard { get; init; }
    public required Term TermVI { get; init; }
    public required IReadOnlyList<Person> Delegates { get; init; }
    public required Person OfficeOfficer { get; init; }
    public required Person ExecutiveOfficer { get; init; }
    public required Person FrontOfficer { get; init; }

    private static readonly string[] OldWards = ["Dịch Vọng", "Dịch Vọng Hậu", "Mai Dịch", "Nghĩa Đô", "Nghĩa Tân", "Quan Hoa", "Trung Hòa", "Yên Hòa"];

    // Which new ward took over which old ward (approximate for the demo; the final text of NQ 1656 is unverified).
    private static readonly Dictionary<string, string[]> NewWardSources = new()
    {
        ["Cầu Giấy"] = ["Dịch Vọng", "Dịch Vọng Hậu", "Quan Hoa", "Mai Dịch"],
        ["Nghĩa Đô"] = ["Nghĩa Đô", "Nghĩa Tân", "Mai Dịch"],
        ["Yên Hòa"] = ["Yên Hòa", "Trung Hòa"],
    };

    private static readonly string[] Departments =
    [
        "Văn phòng HĐND và UBND quận Cầu Giấy", "Phòng Tài chính – Kế hoạch", "Phòng Quản lý đô thị", "Phòng Tài nguyên và Môi trường",
        "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Lao động – Thương binh và Xã hội", "Phòng Văn hóa và Thông tin",
        "Phòng Nội vụ", "Phòng Tư pháp", "Phòng Kinh tế", "Thanh tra quận",
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh", "Hải", "Kim", "Tuấn"];
    private static readonly string[] GivenNames =
        ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong",
         "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Việt", "Yến", "Hiếu", "Lực", "Đạt"];

    /// <summary>The n-th invented name: the three lists have co-prime lengths, so the first few hundred never repeat.</summary>
    public static string InventedName(int n) =>
        $"{FamilyNames[n % FamilyNames.Length]} {MiddleNames[(n * 7 + 3) % MiddleNames.Length]} {GivenNames[(n * 5 + 1) % GivenNames.Length]}";

    public static CauGiayOrganisation Seed(DongThuanDb db)
    {
        var hanoi = Add(db, Unit.Create("Thành phố Hà Nội", "Hà Nội", UnitLevel.Province, null, null, null, out var o), o);
        var district = Add(db, Unit.Create("Quận Cầu Giấy", "Cầu Giấy", UnitLevel.District, hanoi, DistrictFounded, DistrictEnded, out o), o);
        var oldWards = OldWards.ToDictionary(w => w, w =>
            Add(db, Unit.Create($"Phường {w}", w, UnitLevel.Commune, district, DistrictFounded, DistrictEnded, out var wo), wo));
        var links = new List<UnitSuccession>();
        foreach (var (name, sources) in NewWardSources)
        {
            var ward = Add(db, Unit.Create($"Phường {name}", name, UnitLevel.Commune, hanoi, DistrictEnded.AddDays(1), null, out o), o);
            foreach (var predecessor in sources.Select(s => oldWards[s]).Prepend(district))
            {
                Require(predecessor.SucceededBy(ward, links, out var link));
                links.Add(link!);
            }
        }

        db.UnitSuccessions.AddRange(links);

        Body NewBody(string name, BodyKind kind, Body? parent) =>
            Add(db, Body.Create(name, kind, district, parent, new DateOnly(2021, 5, 23), DistrictEnded, unitHasCouncil: false, out var bo), bo);

        var council = NewBody("HĐND quận Cầu Giấy", BodyKind.Council, null);
        var standing = NewBody("Thường trực HĐND quận Cầu Giấy", BodyKind.CouncilStandingCommittee, council);
        var legal = NewBody("Ban Pháp chế HĐND quận Cầu Giấy", BodyKind.CouncilCommittee, council);
        var economic = NewBody("Ban Kinh tế – Xã hội HĐND quận Cầu Giấy", BodyKind.CouncilCommittee, council);
        var groups = OldWards.Select((w, i) => NewBody($"Tổ đại biểu số {i + 1} (phường {w})", BodyKind.DelegateGroup, council)).ToList();
        var ubnd = NewBody("UBND quận Cầu Giấy", BodyKind.PeoplesCommittee, null);
        var departments = Departments.Select(d => NewBody(d, BodyKind.ExecutiveDepartment, ubnd)).ToList();
        var front = NewBody("Ủy ban MTTQ Việt Nam quận Cầu Giấy", BodyKind.FrontCommittee, null);
        var frontBoard = NewBody("Ban Thường trực Ủy ban MTTQ Việt Nam quận Cầu Giấy", BodyKind.FrontStandingBoard, front);

        var termV = Add(db, Term.Create(council, 5, new DateOnly(2016, 5, 22), new DateOnly(2021, 5, 22), [], out o), o);
        var termVI = Add(db, Term.Create(council, 6, new DateOnly(2021, 5, 23), new DateOnly(2026, 5, 22), [termV], out o), o);

        var termStart = termVI.StartsOn;
        var n = 0;
        Person NewPerson() => Add(db, Person.Create(InventedName(n++), district, null, null, out var po), po);
        void Hold(Person p, Body b, string title, Term? term = null, DateOnly? from = null) =>
            Add(db, Position.Assign(p, b, title, term, from ?? termStart, DistrictEnded, out var xo), xo);

        // 40 delegates, 5 per delegate group; the first of each group leads it.
        var delegates = new List<Person>();
        for (var i = 0; i < 40; i++)
        {
            var p = NewPerson();
            delegates.Add(p);
            Hold(p, council, "Đại biểu HĐND", termVI);
            Hold(p, groups[i / 5], i % 5 == 0 ? "Tổ trưởng" : "Tổ viên", termVI);
        }

        Hold(delegates[0], standing, "Chủ tịch HĐND", termVI);
        Hold(delegates[5], standing, "Phó Chủ tịch HĐND", termVI);
        Hold(delegates[10], standing, "Phó Chủ tịch HĐND", termVI);
        Hold(delegates[15], legal, "Trưởng ban", termVI);
        Hold(delegates[20], economic, "Trưởng ban", termVI);
        Hold(delegates[15], standing, "Ủy viên Thường trực", termVI);
        Hold(delegates[20], standing, "Ủy viên Thường trực", termVI);
        foreach (var i in new[] { 16, 21, 26, 31 })
        {
            Hold(delegates[i], legal, "Ủy viên", termVI);
        }

        foreach (var i in new[] { 17, 22, 27, 32 })
        {
            Hold(delegates[i], economic, "Ủy viên", termVI);
        }

        // The people's committee chair is a delegate too, as in practice; department heads are not.
        Hold(delegates[25], ubnd, "Chủ tịch UBND");
        Hold(delegates[30], ubnd, "Phó Chủ tịch UBND");
        Hold(delegates[35], ubnd, "Phó Chủ tịch UBND");
        foreach (var d in departments)
        {
            Hold(NewPerson(), d, d.Name.StartsWith("Văn phòng", StringComparison.Ordinal) ? "Chánh Văn phòng" : d.Name.StartsWith("Thanh tra", StringComparison.Ordinal) ? "Chánh Thanh tra" : "Trưởng phòng");
        }

        var officeOfficer = NewPerson();
        Hold(officeOfficer, departments[0], "Phó Chánh Văn phòng phụ trách công tác HĐND");
        var executiveOfficer = NewPerson();
        Hold(executiveOfficer, departments[0], "Chuyên viên tổng hợp");
        var frontChair = NewPerson();
        Hold(frontChair, frontBoard, "Chủ tịch Ủy ban MTTQ");
        var frontOfficer = NewPerson();
        Hold(frontOfficer, frontBoard, "Phó Chủ tịch Ủy ban MTTQ");

        return new CauGiayOrganisation
        {
            Hanoi = hanoi,
            District = district,
            Council = council,
            StandingCommittee = standing,
            LegalCommittee = legal,
            EconomicCommittee = economic,
            DelegateGroups = groups,
            PeoplesCommittee = ubnd,
            ExecutiveOffice = departments[0],
            FrontStandingBoard = frontBoard,
            TermVI = termVI,
            Delegates = delegates,
            OfficeOfficer = officeOfficer,
            ExecutiveOfficer = executiveOfficer,
            FrontOfficer = frontOfficer,
        };
    }

    private static T Add<T>(DongThuanDb db, T entity, Outcome outcome)
        where T : Entity
    {
        Require(outcome);
        db.Add(entity);
        return entity;
    }

    private static void Require(Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            // Demo data that breaks a rule is a bug in this file, not a user error.
            throw new InvalidOperationException($"Demo data breaks a rule: {outcome.Refusal}");
        }
    }
}
