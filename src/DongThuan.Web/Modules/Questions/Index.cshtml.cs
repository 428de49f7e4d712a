using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>The questions the user may see, newest first, with their answer deadline and how it stands. Three queries.</summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class IndexModel(DongThuanDb db, TimeProvider time) : PageModel
{
    public sealed record Row(Question Question, string Delegate, DateOnly? DueOn, ObligationStatus? Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool IsDelegate => User.IsInRole(nameof(AppRole.Delegate));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var questions = await Visible(db, User).OrderByDescending(q => q.SubmittedOn).ThenByDescending(q => q.Id).Take(500).ToListAsync(ct);
        var people = questions.Select(q => q.AskedByPersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var obligationIds = questions.Where(q => q.ObligationId != null).Select(q => q.ObligationId!.Value).ToList();
        var obligations = await db.ObligationsByIdAsync(obligationIds, ct);
        var today = VietnamTime.Today(time);
        Rows = [.. questions.Select(q =>
        {
            var o = q.ObligationId is { } id ? obligations.GetValueOrDefault(id) : null;
            return new Row(q, names.GetValueOrDefault(q.AskedByPersonId, ""), o?.DueOn, o?.StatusOn(today));
        })];
    }

    /// <summary>The same visibility as <see cref="QuestionAccess.CanView"/>, as a query.</summary>
    public static IQueryable<Question> Visible(DongThuanDb db, System.Security.Claims.ClaimsPrincipal user)
    {
        var questions = db.Questions.AsNoTracking();
        if (UnitScope.IsAdministrator(user))
        {
            return questions;
        }

        var officeUnits = UnitScope.OfficeUnits(user).ToList();
        var person = user.IsInRole(nameof(AppRole.Delegate)) ? UnitScope.PersonId(user) : null;
        var bodies = UnitScope.Scopes(user).Where(s => s.Role == AppRole.ExecutiveOfficer && s.BodyId != null).Select(s => s.BodyId!.Value).ToList();
        var coSigners = db.QuestionCoSigners;
        return questions.Where(q => officeUnits.Contains(q.UnitId)
                                    || (person != null && q.AskedByPersonId == person)
                                    || (person != null && coSigners.Any(c => c.QuestionId == q.Id && c.PersonId == person))
                                    || (q.RespondentBodyId != null && bodies.Contains(q.RespondentBodyId.Value) && q.State >= QuestionState.Forwarded));
    }
}
