using System.Security.Claims;
using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules;

/// <summary>
/// The home page: an introduction and the latest news for the public; for staff, "my work": what I owe (overdue, due
/// soon, the rest), what waits for my decision (each module says, <see cref="Obligations.IWaitingOnMe"/>), and what
/// happened lately to what I follow. The organisation's figures live on the organisation pages.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time, IConfiguration settings, Obligations.ObligationCatalogue catalogue, IEnumerable<Obligations.IWaitingOnMe> waiting) : PageModel
{
    /// <summary>How many owed items the home page lists; the rest are on "my obligations".</summary>
    public const int Shown = 10;

    public IReadOnlyList<Obligations.ObligationRow> Owed { get; private set; } = [];

    public int OverdueCount { get; private set; }

    public int DueSoonCount { get; private set; }

    public int OpenCount { get; private set; }

    public IReadOnlyList<Obligations.Waiting> Waiting { get; private set; } = [];

    public IReadOnlyList<Notifications.Notification> Followed { get; private set; } = [];

    public sealed record RoleLine(string Role, Guid? BodyId, string? Body);

    public bool IsStaff { get; private set; }

    public string DisplayName { get; private set; } = "";

    public IReadOnlyList<RoleLine> Roles { get; private set; } = [];

    public IReadOnlyList<Portal.Article> LatestNews { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> CommentCounts { get; private set; } = new Dictionary<Guid, int>();

    /// <summary>The council the public home page speaks for, when one does.</summary>
    public Portal.PortalOwner.Owner? Owner { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = User.FindFirstValue("name") ?? User.Identity?.Name ?? "";
        IsStaff = AppRoles.Staff.Any(r => User.IsInRole(r.ToString()));
        if (!IsStaff)
        {
            Owner = await Portal.PortalOwner.OfAsync(db, settings, Infrastructure.Localization.VietnamTime.Today(time), ct);
            LatestNews = await Portal.PublishedQuery.Of(db, time.GetUtcNow()).OrderByDescending(a => a.PublishAt).Take(3).ToListAsync(ct);
            CommentCounts = await Portal.PublishedQuery.ShownCommentCountsAsync(db, [.. LatestNews.Select(a => a.Id)], ct);
            return;
        }

        var scopes = UnitScope.Scopes(User).ToList();
        var bodyIds = scopes.Where(s => s.BodyId is not null).Select(s => s.BodyId!.Value).ToList();
        var names = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        Roles = [.. scopes.Select(s => new RoleLine(RoleNames.Of(s.Role), s.BodyId, s.BodyId is { } b ? names.GetValueOrDefault(b) : null))];

        var today = Infrastructure.Localization.VietnamTime.Today(time);
        // Counted in the database with the board's own status rule, so the figures hold however much is owed.
        var mine = Obligations.MyObligations.Of(db, User).AsNoTracking().Where(o => o.State == Obligations.ObligationState.Open);
        var counts = await mine.CountOpenAsync(today, ct);
        (OverdueCount, DueSoonCount, OpenCount) = (counts.Late, counts.DueSoon, counts.Open);
        var first = await mine.OrderBy(o => o.DueOn).Take(Shown).ToListAsync(ct);
        var owners = await Obligations.OwnerNames.ForAsync(db, first.Select(o => o.OwnerBodyId), first.Select(o => o.OwnerPersonId), ct);
        Owed = [.. first.Select(o => new Obligations.ObligationRow(o, catalogue.NameOf(o.Kind), owners.Body(o.OwnerBodyId), owners.Person(o.OwnerPersonId), o.StatusOn(today)))];
        foreach (var source in waiting)
        {
            Waiting = [.. Waiting, .. await source.ForAsync(User, ct)];
        }

        Followed = await Notifications.LatestUpdates.ForAsync(db, User, 5, ct);
    }
}
