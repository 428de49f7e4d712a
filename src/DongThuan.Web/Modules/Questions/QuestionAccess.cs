using Microsoft.EntityFrameworkCore;
using System.Security.Claims;
using DongThuan.Web.Modules.Accounts;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// Who may see and do what with a question: its delegate, the office staff of its council, the officials
/// of the agency it was forwarded to, and administrators. Nobody else, so another council sees nothing.
/// </summary>
public static class QuestionAccess
{
    public static bool IsOffice(ClaimsPrincipal user, Question q) =>
        UnitScope.IsAdministrator(user) || UnitScope.OfficeUnits(user).Contains(q.UnitId);

    public static bool IsAuthor(ClaimsPrincipal user, Question q) =>
        user.IsInRole(nameof(AppRole.Delegate)) && UnitScope.PersonId(user) == q.AskedByPersonId;

    public static bool IsRespondent(ClaimsPrincipal user, Question q) =>
        q.RespondentBodyId is { } body && q.State >= QuestionState.Forwarded
        && UnitScope.Scopes(user).Any(s => s.Role == AppRole.ExecutiveOfficer && s.BodyId == body);

    public static bool CanView(ClaimsPrincipal user, Question q, IReadOnlyCollection<Guid> coSigners) =>
        IsOffice(user, q) || IsAuthor(user, q) || IsRespondent(user, q)
        || (user.IsInRole(nameof(AppRole.Delegate)) && UnitScope.PersonId(user) is { } me && coSigners.Contains(me));

    /// <summary>The official's agency answers; the office records answers for officials outside the executive (court, procuracy).</summary>
    public static bool CanAnswer(ClaimsPrincipal user, Question q) =>
        IsRespondent(user, q) || (q.RespondentBodyId is null && IsOffice(user, q));

    /// <summary>The same visibility as <see cref="QuestionAccess.CanView"/>, as a query.</summary>
    public static IQueryable<Question> Visible(Infrastructure.Database.DongThuanDb db, System.Security.Claims.ClaimsPrincipal user)
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
        // Tested here, not in the query: EF Core compiles a test like `person != null` inside a query on every run,
        // where it reads a plain captured value as it is.
        var isPerson = person is not null;
        return questions.Where(q => officeUnits.Contains(q.UnitId)
                                    || (isPerson && q.AskedByPersonId == person)
                                    || (isPerson && coSigners.Any(c => c.QuestionId == q.Id && c.PersonId == person))
                                    || (q.RespondentBodyId != null && bodies.Contains(q.RespondentBodyId.Value) && q.State >= QuestionState.Forwarded));
    }
}
