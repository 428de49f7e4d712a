using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Import petitions from a spreadsheet: download the template, upload a file, watch the progress (the page
/// refreshes itself, no script needed), then read which rows were rejected and why.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
[RequestSizeLimit(FileInspector.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = FileInspector.MaxBytes + 1024 * 1024)]
public sealed class ImportModel(DongThuanDb db, PetitionImport import) : RefusingPage
{
    public sealed record Choice(Guid Id, string Name);

    [BindProperty(SupportsGet = true)]
    public Guid? Job { get; set; }

    [BindProperty]
    public Guid? CouncilId { get; set; }

    public ImportJob? Current { get; private set; }

    public IReadOnlyList<ImportJob> Recent { get; private set; } = [];

    public IReadOnlyList<Choice> Councils { get; private set; } = [];


    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Job is not null && Current is null)
        {
            return NotFound();
        }

        if (Current is { State: ImportState.Queued or ImportState.Running })
        {
            ViewData["Refresh"] = "2";
        }

        return Page();
    }

    public FileContentResult OnGetTemplate() =>
        File(PetitionImport.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-nhap-kien-nghi.xlsx");

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (file is null || file.Length == 0 || CouncilId is not { } council || !Councils.Any(c => c.Id == council))
        {
            return Refused(file is null || file.Length == 0 ? ImportRefusals.NotXlsx.Message : PetitionRefusals.CouncilUnknown.Message);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (outcome, job) = await import.QueueAsync(council, file.FileName, buffer.ToArray(), ct);
        return outcome.Succeeded ? Redirect($"/Petitions/Import?job={job!.Id}") : Refused(outcome.Refusal!.Message);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Councils = await PetitionIntake.Councils(db).OfficeScoped(User).OrderBy(b => b.Name).Select(b => new Choice(b.Id, b.Name)).ToListAsync(ct);
        var mine = db.ImportJobs.AsNoTracking().OfficeScoped(User);
        Recent = await mine.OrderByDescending(j => j.CreatedAt).Take(10).ToListAsync(ct);
        Current = Job is { } id ? await mine.SingleOrDefaultAsync(j => j.Id == id, ct) : null;
    }
}
