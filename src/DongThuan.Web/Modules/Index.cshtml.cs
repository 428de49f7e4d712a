using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules;

/// <summary>The home page: an introduction and the latest news for the public, the workspace for staff.</summary>
[AllowAnonymous]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record RoleLine(string Role, Guid? BodyId, string? Body);

    public bool IsStaff { get; private set; }

    public string DisplayName { get; private set; } = "";

    public IReadOnlyList<RoleLine> Roles { get; private set; } = [];

    public int UnitCount { get; private set; }

    public int BodyCount { get; private set; }

    public int PeopleCount { get; private set; }

    public int CouncilCount { get; private set; }

    public IReadOnlyList<Portal.Article> LatestNews { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> CommentCounts { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = User.FindFirstValue("name") ?? User.Identity?.Name ?? "";
        IsStaff = AppRoles.Staff.Any(r => User.IsInRole(r.ToString()));
        if (!IsStaff)
        {
            LatestNews = await Portal.PublishedQuery.Of(db, time.GetUtcNow()).OrderByDescending(a => a.PublishAt).Take(3).ToListAsync(ct);
            CommentCounts = await Portal.PublishedQuery.ShownCommentCountsAsync(db, [.. LatestNews.Select(a => a.Id)], ct);
            return;
        }

        var scopes = UnitScope.Scopes(User).ToList();
        var bodyIds = scopes.Where(s => s.BodyId is not null).Select(s => s.BodyId!.Value).ToList();
        var names = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Roles = [.. scopes.Select(s => new RoleLine(RoleNames.Of(s.Role), s.BodyId, s.BodyId is { } b ? names.GetValueOrDefault(b) : null))];
        UnitCount = await db.Units.CountAsync(u => u.ArchivedAt == null, ct);
        BodyCount = await db.Bodies.CountAsync(b => b.ArchivedAt == null, ct);
        PeopleCount = await db.People.CountAsync(p => p.ArchivedAt == null, ct);
        CouncilCount = await db.Bodies.CountAsync(b => b.ArchivedAt == null && b.Kind == BodyKind.Council, ct);
    }
}
