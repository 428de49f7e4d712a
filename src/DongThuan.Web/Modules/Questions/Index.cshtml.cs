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

    public bool IsOffice => User.IsInRole(nameof(AppRole.CouncilOffice)) || User.IsInRole(nameof(AppRole.Administrator));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var questions = await QuestionAccess.Visible(db, User).OrderByDescending(q => q.SubmittedOn).ThenByDescending(q => q.Id).Take(500).ToListAsync(ct);
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
}
