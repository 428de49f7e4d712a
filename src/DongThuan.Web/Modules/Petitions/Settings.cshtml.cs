using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// The list of fields (kept by administrators: it is shared by every council) and each unit's routing rules
/// (kept by its council office): field + competent level → the agency that usually answers.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
public sealed class SettingsModel(DongThuanDb db, TimeProvider time) : RefusingPage
{
    public sealed record RuleRow(RoutingRule Rule, string Field, string Agency, string Unit);

    public sealed record Choice(Guid Id, string Name);

    public IReadOnlyList<PetitionField> Fields { get; private set; } = [];

    public IReadOnlyList<RuleRow> Rules { get; private set; } = [];

    public IReadOnlyList<Choice> Units { get; private set; } = [];

    public IReadOnlyList<Choice> Agencies { get; private set; } = [];


    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int Order { get; set; }

    [BindProperty]
    public Guid? Id { get; set; }

    [BindProperty]
    public Guid? FieldId { get; set; }

    [BindProperty]
    public CompetentLevel Level { get; set; } = CompetentLevel.District;

    [BindProperty]
    public Guid? AgencyBodyId { get; set; }

    public bool IsAdministrator => UnitScope.IsAdministrator(User);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostFieldAsync(CancellationToken ct)
    {
        if (!IsAdministrator)
        {
            return Forbid();
        }

        Outcome outcome;
        if (Id is { } id && await db.PetitionFields.SingleOrDefaultAsync(f => f.Id == id, ct) is { } existing)
        {
            outcome = existing.Rename(Name ?? "", Order);
        }
        else
        {
            var field = PetitionField.Create(Name ?? "", Order, out outcome);
            if (outcome.Succeeded)
            {
                db.PetitionFields.Add(field);
            }
        }

        return await DoneAsync(outcome, ct);
    }

    public async Task<IActionResult> OnPostArchiveFieldAsync(CancellationToken ct)
    {
        if (!IsAdministrator)
        {
            return Forbid();
        }

        if (await db.PetitionFields.SingleOrDefaultAsync(f => f.Id == Id, ct) is { } field)
        {
            field.Archive(time.GetUtcNow());
        }

        return await DoneAsync(Outcome.Done, ct);
    }

    public async Task<IActionResult> OnPostRuleAsync(CancellationToken ct)
    {
        if (await SetRoutingRule.ExecuteAsync(db, User, new(FieldId, Level, AgencyBodyId), ct) is not { } set)
        {
            return Forbid();
        }

        if (set.Outcome.Succeeded)
        {
            return RedirectToPage();
        }

        return await DoneAsync(set.Outcome, ct);
    }

    public async Task<IActionResult> OnPostArchiveRuleAsync(CancellationToken ct)
    {
        var rule = await db.RoutingRules.SingleOrDefaultAsync(r => r.Id == Id, ct);
        if (rule is null || !UnitScope.IsCouncilOfficeOf(User, rule.UnitId))
        {
            return NotFound();
        }

        rule.Archive(time.GetUtcNow());
        return await DoneAsync(Outcome.Done, ct);
    }

    private async Task<IActionResult> DoneAsync(Outcome outcome, CancellationToken ct)
    {
        if (outcome.Succeeded)
        {
            await db.SaveChangesAsync(ct);
            return RedirectToPage();
        }

        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Refused(outcome.Refusal!.Message);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Fields = await db.PetitionFields.AsNoTracking().OrderBy(f => f.ArchivedAt != null).ThenBy(f => f.Order).ToListAsync(ct);
        var admin = IsAdministrator;
        var units = UnitScope.OfficeUnits(User);
        var rules = await db.RoutingRules.AsNoTracking().Where(r => r.ArchivedAt == null && (admin || units.Contains(r.UnitId))).ToListAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().Where(b => rules.Select(r => r.AgencyBodyId).Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var unitNames = await db.Units.AsNoTracking().Where(u => admin || units.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var fields = Fields.ToDictionary(f => f.Id, f => f.Name);
        Rules = [.. rules.Select(r => new RuleRow(r, fields.GetValueOrDefault(r.FieldId) ?? "", bodies.GetValueOrDefault(r.AgencyBodyId) ?? "", unitNames.GetValueOrDefault(r.UnitId) ?? ""))
            .OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Field, StringComparer.Ordinal)];
        var councilUnits = await db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Council && (admin || units.Contains(b.UnitId))).Select(b => b.UnitId).ToListAsync(ct);
        var agencies = new List<Choice>();
        foreach (var unit in councilUnits.Distinct())
        {
            agencies.AddRange((await RoutingChoices.AgenciesAsync(db, unit, ct)).Select(a => new Choice(a.Id, a.Name)));
        }

        Agencies = agencies;
    }
}
