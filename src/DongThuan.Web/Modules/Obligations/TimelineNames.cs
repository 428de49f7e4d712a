using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// Who took each step, as a reader knows them: the person's name with the role and body they acted in ("Nguyễn Văn An
/// (Đại biểu HĐND, Tổ đại biểu số 1)"), or the account's display name when it is an office's account linked to nobody.
/// A timeline stores the login name of the moment; a login name ("daibieu") is never shown.
/// </summary>
public sealed class TimelineNames
{
    private readonly IReadOnlyDictionary<string, string> _byUser;

    private TimelineNames(IReadOnlyDictionary<string, string> byUser) => _byUser = byUser;

    public static async Task<TimelineNames> ForAsync(DongThuanDb db, IEnumerable<TimelineEvent> events, CancellationToken ct)
    {
        var ids = events.Where(e => e.UserId != null).Select(e => e.UserId!).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new TimelineNames(new Dictionary<string, string>());
        }

        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.PersonId }).ToListAsync(ct);
        var personIds = users.Where(u => u.PersonId != null).Select(u => u.PersonId!.Value).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => ids.Contains(r.UserId) && r.ArchivedAt == null)
            .GroupJoin(db.Bodies, r => r.BodyId, b => b.Id, (r, b) => new { r.UserId, r.Role, Bodies = b })
            .SelectMany(x => x.Bodies.DefaultIfEmpty(), (x, b) => new { x.UserId, x.Role, Body = b == null ? null : b.Name })
            .ToListAsync(ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var u in users)
        {
            var role = roles.Where(r => r.UserId == u.Id).OrderBy(r => r.Role).FirstOrDefault();
            var acting = role is null ? null : role.Body is { } body ? $"{RoleNames.Of(role.Role)}, {body}" : RoleNames.Of(role.Role);
            names[u.Id] = u.PersonId is { } pid && people.TryGetValue(pid, out var person)
                ? acting is null ? person : $"{person} ({acting})"
                : !string.IsNullOrWhiteSpace(u.DisplayName) ? u.DisplayName : acting ?? "Người dùng";
        }

        return new TimelineNames(names);
    }

    /// <summary>The name to show for a step; the sender of a public petition and the system have names of their own.</summary>
    public string Of(TimelineEvent e) =>
        e.UserId is { } id && _byUser.TryGetValue(id, out var name) ? name
        : e.UserId is null && e.ActorName is "anonymous" ? "Người gửi"
        : e.UserId is null ? "Hệ thống"
        : "Người dùng đã bị xóa";
}
