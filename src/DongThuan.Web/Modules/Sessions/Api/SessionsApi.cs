using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Sessions.Api;

/// <summary><c>GET /api/v1/sessions?councilId=&amp;year=</c> and <c>GET /api/v1/sessions/{id}</c>: sessions, agenda, documents and opinions,
/// of the units where the caller is staff (another council's session is a 404; the public record shows public sessions).</summary>
public static class SessionsApi
{
    public sealed record SessionItem(Guid Id, Guid CouncilId, int Number, string Kind, string KindName, DateOnly StartsOn, DateOnly EndsOn, string Venue, bool IsPublic);

    public sealed record DocumentItem(Guid Id, string Symbol, string Type, string Summary, DateOnly IssuedOn, Guid IssuerBodyId, int? VotesFor, int? VotesAgainst,
        int? VotesAbstaining, int? VotesAbsent, bool? Passed);

    public sealed record OpinionItem(Guid Id, Guid DelegateGroupId, Guid? DocumentId, string Content, string? Response, DateOnly? RespondedOn);

    public sealed record SessionDetail(SessionItem Session, IReadOnlyList<string> Agenda, IReadOnlyList<DocumentItem> Documents, IReadOnlyList<OpinionItem> Opinions);

    public static async Task<IReadOnlyList<SessionItem>> ListAsync(ClaimsPrincipal user, DongThuanDb db, Guid? councilId, int? year, CancellationToken ct)
    {
        var query = db.Sessions.AsNoTracking().Where(s => s.ArchivedAt == null).StaffScoped(user);
        if (councilId is { } c)
        {
            query = query.Where(s => s.CouncilId == c);
        }

        if (year is { } y)
        {
            query = query.Where(s => s.StartsOn >= new DateOnly(y, 1, 1) && s.StartsOn <= new DateOnly(y, 12, 31));
        }

        return [.. (await query.OrderBy(s => s.StartsOn).ToListAsync(ct)).Select(ToItem)];
    }

    public static async Task<Results<Ok<SessionDetail>, NotFound>> GetAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, CancellationToken ct)
    {
        var s = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null || !UnitScope.IsStaffOf(user, s.UnitId))
        {
            return TypedResults.NotFound();
        }

        var agenda = await db.AgendaItems.AsNoTracking().Where(a => a.SessionId == id).OrderBy(a => a.Order).Select(a => a.Title).ToListAsync(ct);
        var documents = await db.Documents.AsNoTracking().Where(d => d.SessionId == id).OrderBy(d => d.Type).ThenBy(d => d.Number).ToListAsync(ct);
        var opinions = await db.GroupOpinions.AsNoTracking().Where(o => o.SessionId == id).ToListAsync(ct);
        return TypedResults.Ok(new SessionDetail(ToItem(s), agenda,
            [.. documents.Select(d => new DocumentItem(d.Id, d.Symbol, d.Type.ToString(), d.Summary, d.IssuedOn, d.IssuerBodyId, d.VotesFor, d.VotesAgainst, d.VotesAbstaining, d.VotesAbsent, d.Passed))],
            [.. opinions.Select(o => new OpinionItem(o.Id, o.DelegateGroupId, o.DocumentId, o.Content, o.Response, o.RespondedOn))]));
    }

    private static SessionItem ToItem(Session s) => new(s.Id, s.CouncilId, s.Number, s.Kind.ToString(), s.KindName, s.StartsOn, s.EndsOn, s.Venue, s.IsPublic);
}
