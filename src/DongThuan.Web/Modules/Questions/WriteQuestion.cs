using DongThuan.Web.Infrastructure.Text;
using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// A delegate writes a question, as a draft of their own council, with co-signers among its delegates; it stays a
/// draft until they submit it. The council office records a question a delegate handed in on paper by naming the
/// delegate (<see cref="Request.DelegatePersonId"/>): the caller then submits it on the day it was received.
/// The page and the API both call it; the caller saves.
/// </summary>
public static class WriteQuestion
{
    /// <param name="DelegatePersonId">The delegate who asked, when the council office records a question received on paper.</param>
    /// <param name="On">The day such a question was received; today when left out.</param>
    public sealed record Request(QuestionChannel Channel = QuestionChannel.BetweenSessions, string? Title = null, string? Content = null, Guid? SessionId = null,
        IReadOnlyList<Guid>? CoSigners = null, Guid? DelegatePersonId = null, DateOnly? On = null);

    public static async Task<(Outcome Outcome, Question? Question)> CreateAsync(DongThuanDb db, ClaimsPrincipal user, Request input, CancellationToken ct)
    {
        Guid? person;
        Body? councilBody;
        if (input.DelegatePersonId is { } asker)
        {
            // The office records for a delegate of its own council.
            var unit = await db.People.AsNoTracking().Where(p => p.Id == asker && p.ArchivedAt == null).Select(p => (Guid?)p.UnitId).SingleOrDefaultAsync(ct);
            councilBody = unit is { } u && UnitScope.IsCouncilOfficeOf(user, u)
                ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.UnitId == u && b.Kind == BodyKind.Council && b.ArchivedAt == null, ct)
                : null;
            person = councilBody is not null && (await CouncilDelegatesAsync(db, councilBody.Id, ct)).Any(d => d.Id == asker) ? asker : null;
        }
        else
        {
            person = UnitScope.PersonId(user);
            var group = UnitScope.Scopes(user).FirstOrDefault(s => s.Role == AppRole.Delegate && s.BodyId != null).BodyId;
            var council = group is { } g ? await db.Bodies.AsNoTracking().Where(b => b.Id == g).Select(b => b.ParentBodyId).SingleOrDefaultAsync(ct) : null;
            councilBody = council is { } c ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == c, ct) : null;
        }

        if (person is null || councilBody is null)
        {
            return (input.DelegatePersonId is null ? QuestionRefusals.NoDelegateProfile : QuestionRefusals.NotADelegateOfYourCouncil, null);
        }

        // The session and co-signers must be of the delegate's own council; anything else is refused or ignored.
        if (input.SessionId is { } sid && !await db.Set<Sessions.Session>().AnyAsync(x => x.Id == sid && x.CouncilId == councilBody.Id, ct))
        {
            return (QuestionRefusals.SessionRequired, null);
        }

        var question = Question.Draft(councilBody.UnitId, councilBody.Id, person.Value, input.Channel, input.Title ?? "", input.Content ?? "", out var outcome, input.SessionId);
        if (outcome.Succeeded)
        {
            db.Questions.Add(question);
            var members = await CouncilDelegatesAsync(db, councilBody.Id, ct);
            foreach (var coSigner in (input.CoSigners ?? []).Distinct().Where(c => c != person && members.Any(m => m.Id == c)))
            {
                db.QuestionCoSigners.Add(QuestionCoSigner.For(question, coSigner));
            }
        }

        return (outcome, question);
    }

    /// <summary>
    /// The office records a question a delegate handed in on paper: written for that delegate and submitted on the day it
    /// was received (today when <see cref="Request.On"/> is left out), in one save through the kernel's step.
    /// </summary>
    public static async Task<(Outcome Outcome, Question? Question)> ReceiveAsync(QuestionDesk desk, ClaimsPrincipal user, Request input, CancellationToken ct)
    {
        var (outcome, question) = await CreateAsync(desk.Db, user, input, ct);
        if (outcome.Succeeded)
        {
            outcome = await desk.ApplyOnAsync(question!, user, input.On, null, (q, day) => q.Submit(day), null, ct);
        }

        return (outcome, outcome.Succeeded ? question : null);
    }

    /// <summary>The sessions a question may be asked at: those of the given councils, newest first, labelled with their opening day.</summary>
    public static async Task<List<(Guid Id, string Name)>> SessionChoicesAsync(DongThuanDb db, IReadOnlyCollection<Guid> councilIds, CancellationToken ct) =>
        [.. (await db.Set<Sessions.Session>().AsNoTracking().Where(x => councilIds.Contains(x.CouncilId) && x.ArchivedAt == null).OrderByDescending(x => x.StartsOn).ToListAsync(ct))
            .Select(x => (x.Id, $"{x.Label} ({x.StartsOn:dd/MM/yyyy})"))];

    /// <summary>The delegates of a council, by name: who may co-sign.</summary>
    public static async Task<List<(Guid Id, string Name)>> CouncilDelegatesAsync(DongThuanDb db, Guid councilId, CancellationToken ct)
    {
        var people = await db.Set<Position>().Where(p => p.BodyId == councilId && p.ArchivedAt == null)
            .Join(db.People, p => p.PersonId, person => person.Id, (p, person) => new { person.Id, person.FullName })
            .Distinct().ToListAsync(ct);
        return [.. people.OrderBy(p => p.FullName, VietnameseOrder.Names).Select(p => (p.Id, p.FullName))];
    }
}
