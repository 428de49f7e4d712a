using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions.Dialogues;

/// <summary>The office plans a dialogue conference; citizens can register questions for it until the day before.</summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class PlanModel(DongThuanDb db) : RefusingPage
{
    public sealed class InputModel
    {
        public Guid? CouncilId { get; set; }

        public Guid? HostBodyId { get; set; }

        public string Topic { get; set; } = "";

        public string Host { get; set; } = "";

        public string Audience { get; set; } = "";

        public string Place { get; set; } = "";

        public DateOnly HeldOn { get; set; } = DateOnly.FromDateTime(DateTime.Today).AddDays(14);
    }

    public sealed record Choice(Guid Id, string Name, Guid UnitId);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Choice> Councils { get; private set; } = [];

    public IReadOnlyList<Choice> Hosts { get; private set; } = [];


    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var (outcome, d) = await PlanDialogue.ExecuteAsync(db, User, new(Input.CouncilId, Input.HostBodyId, Input.Topic, Input.Host, Input.Audience, Input.Place, Input.HeldOn), ct);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        return Redirect($"/Petitions/Dialogues/Details/{d!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Councils = await PetitionIntake.Councils(db).OfficeScoped(User).OrderBy(b => b.Name).Select(b => new Choice(b.Id, b.Name, b.UnitId)).ToListAsync(ct);
        var unitIds = Councils.Select(c => c.UnitId).ToList();
        Hosts = await db.Bodies.AsNoTracking()
            .Where(b => unitIds.Contains(b.UnitId) && b.ArchivedAt == null && PlanDialogue.HostKinds.Contains(b.Kind))
            .OrderBy(b => b.Name).Select(b => new Choice(b.Id, b.Name, b.UnitId)).ToListAsync(ct);
    }
}
