using System.Security.Claims;
using DongThuan.Web.Modules.Accounts;

namespace DongThuan.Web.Modules.Shared;

/// <summary>A page the menu links to; <see cref="Current"/> when it is the page (or the section) being shown.</summary>
public sealed record NavLink(string Text, string Href, bool Current);

/// <summary>An area of work in the menu (Chất vấn, Kiến nghị…) with the pages of it the user may open.</summary>
public sealed record NavArea(string Name, IReadOnlyList<NavLink> Links)
{
    public bool Current => Links.Any(l => l.Current);
}

/// <summary>
/// The main menu, grouped by area of work, built for one user on one page: an area or a link the user's roles may not
/// open is not offered at all. Texts are the Vietnamese keys the layout translates. Anonymous visitors and citizens get
/// only the public area.
/// </summary>
public static class Navigation
{
    public static IReadOnlyList<NavArea> For(ClaimsPrincipal user, string path)
    {
        var staff = AppRoles.Staff.Any(r => user.IsInRole(r.ToString()));
        var admin = user.IsInRole(nameof(AppRole.Administrator));
        var office = admin || user.IsInRole(nameof(AppRole.CouncilOffice));
        var editor = office || user.IsInRole(nameof(AppRole.Editor));
        var signedIn = user.Identity?.IsAuthenticated == true;

        var areas = new List<(string Name, List<(string Text, string Href)> Links)>();
        if (staff)
        {
            areas.Add(("Công việc của tôi", [("Trang của tôi", "/"), ("Ai nợ việc gì", "/Obligations"), ("Thông báo của tôi", "/Notifications"), ("Đang theo dõi", "/Notifications/Follows"), ("Tìm kiếm", "/tim-kiem")]));
            areas.Add(("Kỳ họp", [("Kỳ họp", "/Sessions")]));
            areas.Add(("Chất vấn", [("Chất vấn", "/Questions"), ("Phiên giải trình", "/Questions/Explanations")]));
            areas.Add(("Kiến nghị", [("Kiến nghị", "/Petitions"), .. Only(admin, ("Dữ liệu cá nhân", "/Petitions/PersonalData"))]));
            areas.Add(("Giám sát", [("Giám sát", "/Supervision")]));
            areas.Add(("Chương trình phối hợp", [("Chương trình phối hợp", "/Coordination")]));
            areas.Add(("Báo cáo, thống kê", [("Tổng kết năm", "/Review")]));
        }

        var administration = new List<(string, string)>();
        if (staff)
        {
            administration.AddRange([("Đơn vị hành chính", "/Organisation/Units"), ("Cơ quan", "/Organisation/Bodies"), ("Nhân sự", "/Organisation/People"),
                ("Lịch nghỉ", "/Calendar/Holidays"), ("Thời hạn", "/Calendar/DeadlineRules")]);
        }

        if (editor)
        {
            administration.AddRange([("Quản lý tin tức", "/Portal"), ("Duyệt bình luận", "/Portal/Comments")]);
        }

        if (office)
        {
            administration.AddRange([("Tài khoản", "/Accounts/Users"), ("Nhập từ Excel", "/Imports")]);
        }

        if (admin)
        {
            administration.AddRange([("Nhật ký kiểm toán", "/Admin/Audit"), ("Khóa Open311", "/Open311/Keys")]);
        }

        if (administration.Count > 0)
        {
            areas.Add(("Quản trị", administration));
        }

        List<(string, string)> publicLinks = [("Tin tức", "/tin-tuc"), ("Gửi kiến nghị", "/Petitions/Submit"), ("Tra cứu kiến nghị", "/Petitions/Status"),
            ("Thông tin công khai", "/cong-khai")];
        if (!staff)
        {
            publicLinks.Add(("Tìm kiếm", "/tim-kiem"));
        }

        if (signedIn && !staff)
        {
            publicLinks.Add(("Kiến nghị của tôi", "/Petitions/Mine"));
            publicLinks.Add(("Thông báo của tôi", "/Notifications"));
            publicLinks.Add(("Đang theo dõi", "/Notifications/Follows"));
        }

        areas.Add(("Công khai", publicLinks));

        // The current page is the link whose address is the longest start of the path: /Questions/Explanations/3 is
        // under "Phiên giải trình", not "Chất vấn"; the home page only for itself.
        var best = areas.SelectMany(a => a.Links).Select(l => l.Href)
            .Where(h => h == "/" ? path == "/" : path.Equals(h, StringComparison.OrdinalIgnoreCase) || path.StartsWith(h + "/", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(h => h.Length).FirstOrDefault();
        return [.. areas.Select(a => new NavArea(a.Name, [.. a.Links.Select(l => new NavLink(l.Text, l.Href, l.Href == best))]))];
    }

    private static IEnumerable<(string, string)> Only(bool condition, (string, string) link) => condition ? [link] : [];
}
