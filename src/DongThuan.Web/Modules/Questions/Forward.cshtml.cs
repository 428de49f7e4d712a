using System.ComponentModel.DataAnnotations;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Questions;

/// <summary>The council office forwards a submitted question to the official who must answer; the answer deadline starts from the day it was received.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class ForwardModel(QuestionDesk desk) : QuestionPage(desk)
{
    public sealed class InputModel
    {
        public RespondentRole Role { get; set; } = RespondentRole.PeoplesCommitteeChair;

        public Guid? BodyId { get; set; }

        /// <summary>Chosen among the people holding positions in the agencies; the name below is the fallback.</summary>
        public Guid? RespondentPersonId { get; set; }

        [MaxLength(300)]
        public string? RespondentName { get; set; }

        [MaxLength(4000)]
        public string? Note { get; set; }

        /// <summary>The day it really happened, when the office enters a step of its paper past; empty is today.</summary>
        public DateOnly? On { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    /// <summary>The people of the executive's agencies, under their agency.</summary>
    public IReadOnlyList<AgencyPeople.Holder> Respondents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, q => ForwardQuestion.MayAct(User, q), ct) ?? await WithBodiesAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, q => ForwardQuestion.MayAct(User, q), ct) is { } stop)
        {
            return stop;
        }

        await WithBodiesAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await ForwardQuestion.ExecuteAsync(Desk, User, Question!, new(Input.Role, Input.BodyId, Input.RespondentName, Input.Note, Input.On, Input.RespondentPersonId), ct);
        return outcome.Succeeded ? Redirect($"/Questions/Details/{id}") : Refused(outcome.Refusal!.Message);
    }

    private async Task<IActionResult> WithBodiesAsync(CancellationToken ct)
    {
        Bodies = await Desk.Db.Bodies.AsNoTracking()
            .Where(b => b.UnitId == Question!.UnitId && b.ArchivedAt == null && (b.Kind == BodyKind.PeoplesCommittee || b.Kind == BodyKind.ExecutiveDepartment))
            .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(ct);
        Respondents = await AgencyPeople.OfAsync(Desk.Db, Question!.UnitId, [BodyKind.PeoplesCommittee, BodyKind.ExecutiveDepartment], ct);
        return Page();
    }
}
