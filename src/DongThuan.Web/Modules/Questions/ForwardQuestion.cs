using System.Security.Claims;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>
/// The council office forwards a submitted question to the official who must answer, in an agency of the question's
/// own unit's executive; the answer deadline starts from the day it was received. The page and the API both call it.
/// </summary>
public static class ForwardQuestion
{
    /// <summary>
    /// Who answers: their role, their agency (required but for a court president or chief procurator), and the person,
    /// chosen among those holding a position in the agency (their name and title are then written for them), or by name
    /// where they are not in the organisation's records.
    /// </summary>
    /// <param name="On">The day it was forwarded, when the office records it later; today when left out.</param>
    public sealed record Request(RespondentRole Role = RespondentRole.PeoplesCommitteeChair, Guid? BodyId = null, string? RespondentName = null, string? Note = null,
        DateOnly? On = null, Guid? RespondentPersonId = null);

    public static bool MayAct(ClaimsPrincipal user, Question question) => QuestionAccess.IsOffice(user, question);

    public static async Task<Outcome> ExecuteAsync(QuestionDesk desk, ClaimsPrincipal user, Question question, Request request, CancellationToken ct)
    {
        if (request.BodyId is { } b && !await desk.Db.Bodies.AnyAsync(x => x.Id == b && x.UnitId == question.UnitId
                                                                        && (x.Kind == BodyKind.PeoplesCommittee || x.Kind == BodyKind.ExecutiveDepartment), ct))
        {
            return QuestionRefusals.RespondentBodyRequired;
        }

        var name = request.RespondentName;
        if (request.RespondentPersonId is { } person)
        {
            if (request.BodyId is not { } agency || await AgencyPeople.InAsync(desk.Db, agency, person, ct) is not { } holder)
            {
                return QuestionRefusals.RespondentNotOfBody;
            }

            name = string.IsNullOrWhiteSpace(name) ? $"{holder.Name}, {holder.Title}" : name;
        }

        return await desk.ApplyOnAsync(question, user, request.On, question.SubmittedOn,
            (q, day) => q.Forward(request.Role, request.BodyId, request.RespondentPersonId, name ?? "", day), request.Note, ct);
    }
}
