using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Sessions.Api;

/// <summary>
/// What the session pages record, for programs: <c>POST /api/v1/sessions</c> (plan), <c>…/{id}/agenda</c>,
/// <c>…/{id}/documents</c>, <c>…/{id}/opinions</c>, and <c>POST /api/v1/sessions/opinions/{id}/response</c>. The rules are the
/// entities' and the use cases' own; the scope is the session's unit (council office; the executive for a response).
/// A session of another unit is a 403, an unknown one a 404, a refused record a 422 in the caller's language.
/// </summary>
public static class SessionWrites
{
    /// <param name="TermId">The council's term; left out, the term that covers <paramref name="StartsOn"/>.</param>
    public sealed record PlanRequest(Guid CouncilId, int Number, SessionKind Kind, DateOnly StartsOn, DateOnly EndsOn, string? Venue, bool IsPublic = true, Guid? TermId = null);

    public sealed record AgendaRequest(string? Title);

    /// <summary>How the delegates voted on a resolution (the counts of the roll call).</summary>
    public sealed record VotesRequest(int For, int Against, int Abstaining, int Absent);

    /// <param name="Symbol">The issuer's part of the symbol ("UBND" in "12/BC-UBND"); "BC-UBND" is read the same.</param>
    /// <param name="IssuerBodyId">The issuing body; left out, the council itself.</param>
    /// <param name="Number">Left out, the issuer's next number of the year.</param>
    public sealed record DocumentRequest(DocumentType Kind, int? Number, string? Symbol, DateOnly IssuedOn, string? Title, Guid? IssuerBodyId = null,
        Guid? AgendaItemId = null, Guid? VerifiesDocumentId = null);

    public static async Task<IResult> PlanAsync(PlanRequest input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var council = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == input.CouncilId && b.Kind == BodyKind.Council && b.ArchivedAt == null, ct);
        if (council is null)
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, council.UnitId))
        {
            return TypedResults.Forbid();
        }

        var terms = await db.Terms.AsNoTracking().Where(t => t.CouncilId == council.Id && t.ArchivedAt == null).ToListAsync(ct);
        var term = input.TermId is { } t ? terms.SingleOrDefault(x => x.Id == t) : terms.SingleOrDefault(x => x.Covers(input.StartsOn));
        if (term is null)
        {
            return Problems.Refused(input.TermId is null ? SessionRefusals.OutsideTerm : SessionRefusals.TermOfCouncil, l);
        }

        var others = await db.Sessions.Where(s => s.TermId == term.Id).ToListAsync(ct);
        var session = Session.Plan(council, term, input.Number, input.Kind, input.StartsOn, input.EndsOn, input.Venue ?? "", input.IsPublic, others, out var outcome);
        return await SaveAsync(db, l, outcome, () => db.Sessions.Add(session), session.Id, $"/api/v1/sessions/{session.Id}", ct);
    }

    public static Task<IResult> AddAgendaItemAsync(Guid id, AgendaRequest input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnSessionAsync(id, user, db, async session =>
        {
            var order = await db.AgendaItems.Where(a => a.SessionId == id).Select(a => (int?)a.Order).MaxAsync(ct) ?? 0;
            var item = AgendaItem.Add(session, order + 1, input.Title ?? "", out var outcome);
            return await SaveAsync(db, l, outcome, () => db.AgendaItems.Add(item), item.Id, $"/api/v1/sessions/{id}", ct);
        }, ct);

    public static Task<IResult> RegisterDocumentAsync(Guid id, DocumentRequest input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnSessionAsync(id, user, db, async session =>
        {
            var issuer = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == (input.IssuerBodyId ?? session.CouncilId) && b.UnitId == session.UnitId && b.ArchivedAt == null, ct);
            var item = input.AgendaItemId is { } a ? await db.AgendaItems.AsNoTracking().SingleOrDefaultAsync(x => x.Id == a && x.SessionId == id, ct) : null;
            var verifies = input.VerifiesDocumentId is { } v ? await db.Documents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == v && x.SessionId == id, ct) : null;
            if (issuer is null || (input.AgendaItemId is not null && item is null) || (input.VerifiesDocumentId is not null && verifies is null))
            {
                return Problems.Refused(SessionRefusals.DocumentFields, l);
            }

            var sameYear = await db.Documents.Where(d => d.IssuerBodyId == issuer.Id && d.Year == input.IssuedOn.Year).ToListAsync(ct);
            var document = Document.Register(issuer, DocumentTypes.IssuerCode(input.Kind, input.Symbol), input.Kind, input.Number ?? Document.NextNumber(sameYear, input.Kind),
                input.IssuedOn, input.Title ?? "", session, item, verifies, sameYear, out var outcome);
            return await SaveAsync(db, l, outcome, () => db.Documents.Add(document), document.Id, $"/api/v1/sessions/{id}", ct);
        }, ct);

    public static Task<IResult> RecordOpinionAsync(Guid id, RecordOpinion.Request input, ClaimsPrincipal user, DongThuanDb db, WorkflowStep step,
        IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        OnSessionAsync(id, user, db, async session =>
        {
            var (outcome, opinion) = await RecordOpinion.ExecuteAsync(db, step, session, input, ct);
            return outcome.Succeeded ? TypedResults.Created($"/api/v1/sessions/{id}", new CreatedId(opinion!.Id)) : Problems.Refused(outcome, l);
        }, ct);

    public static async Task<IResult> RespondAsync(Guid id, RespondToOpinion.Request input, ClaimsPrincipal user, DongThuanDb db, WorkflowStep step, TimeProvider time,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var opinion = await db.GroupOpinions.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (opinion is null || !UnitScope.IsStaffOf(user, opinion.UnitId))
        {
            return TypedResults.NotFound();
        }

        if (!RespondToOpinion.MayAct(user, opinion))
        {
            return TypedResults.Forbid();
        }

        var outcome = await RespondToOpinion.ExecuteAsync(db, step, user, opinion, VietnamTime.Today(time), input, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : Problems.Refused(outcome, l);
    }

    /// <summary>The office records the vote on a resolution registered with the session; it passes with more than half for it.</summary>
    public static async Task<IResult> RecordVotesAsync(Guid id, VotesRequest input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null || !UnitScope.IsStaffOf(user, document.UnitId))
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, document.UnitId))
        {
            return TypedResults.Forbid();
        }

        var outcome = document.RecordVotes(input.For, input.Against, input.Abstaining, input.Absent);
        if (!outcome.Succeeded)
        {
            return Problems.Refused(outcome, l);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>The roll of a session: its delegates and the mark each has (staff of the unit).</summary>
    public static async Task<IResult> RollAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.ArchivedAt == null, ct);
        return session is null || !UnitScope.IsStaffOf(user, session.UnitId) ? TypedResults.NotFound() : TypedResults.Ok(await MarkAttendance.RollAsync(db, session, ct));
    }

    public static Task<IResult> MarkAttendanceAsync(Guid id, MarkAttendance.Request input, ClaimsPrincipal user, DongThuanDb db, IStringLocalizer<SharedResource> l,
        CancellationToken ct) =>
        OnSessionAsync(id, user, db, async session =>
        {
            var outcome = await MarkAttendance.ExecuteAsync(db, session, input, ct);
            return outcome.Succeeded ? TypedResults.NoContent() : Problems.Refused(outcome, l);
        }, ct);

    /// <summary>
    /// A document's file, sent as <c>multipart/form-data</c> with the field <c>file</c>, with a bearer token only (a form post
    /// from a browser goes through the page and its antiforgery check). The file is read here, not bound, so an unauthorised
    /// caller is told so before anything is read.
    /// </summary>
    public static async Task<IResult> AttachFileAsync(Guid id, HttpContext http, ClaimsPrincipal user, DongThuanDb db, Infrastructure.Files.FileStore files,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.BadRequest(l["Gửi tệp qua API cần mã truy cập (Authorization: Bearer); trên trình duyệt hãy dùng trang đăng ký văn bản."]);
        }

        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (document is null || !UnitScope.IsStaffOf(user, document.UnitId))
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, document.UnitId))
        {
            return TypedResults.Forbid();
        }

        var file = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        var (outcome, attachment) = await AttachDocumentFile.ExecuteAsync(db, files, document, file, ct);
        return outcome.Succeeded ? TypedResults.Created($"/Sessions/Download/{attachment!.Id}", new CreatedId(attachment.Id)) : Problems.Refused(outcome, l);
    }

    private static async Task<IResult> OnSessionAsync(Guid id, ClaimsPrincipal user, DongThuanDb db, Func<Session, Task<IResult>> act, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.ArchivedAt == null, ct);
        return session is null ? TypedResults.NotFound()
            : !UnitScope.IsCouncilOfficeOf(user, session.UnitId) ? TypedResults.Forbid()
            : await act(session);
    }

    private static Task<IResult> SaveAsync(DongThuanDb db, IStringLocalizer<SharedResource> l, Outcome outcome, Action add, Guid id, string location, CancellationToken ct) =>
        ApiWrites.SaveAsync(db, l, outcome, add, id, location, ct);
}
