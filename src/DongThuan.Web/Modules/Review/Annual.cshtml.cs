using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.OfficialDocuments;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Review;

/// <summary>
/// The year-end report of a council, written by the system from its records: figures that link to their
/// records, the limitations derived from them, and the narrative the council office edits before it
/// generates the Word file, the PDF or the workbook. Any staff of the council's unit may read it.
/// </summary>
[Authorize(Policy = Permissions.Staff)]
public sealed class AnnualModel(AnnualReview review, DongThuanDb db, ICurrentActor actor, TimeProvider time) : RefusingPage
{
    [BindProperty(SupportsGet = true)]
    public Guid CouncilId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public int Number { get; set; }

    [BindProperty]
    public DateOnly IssuedOn { get; set; }

    [BindProperty]
    public string? Opening { get; set; }

    [BindProperty]
    public string? Assessment { get; set; }

    [BindProperty]
    public string? Directions { get; set; }

    [BindProperty]
    public string? Recipients { get; set; }

    [BindProperty]
    public string? SignerName { get; set; }

    public AnnualReviewContent Report { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        Fill(Report.Draft);
        Saved = Request.Query.ContainsKey("saved");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } stop)
        {
            return stop;
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var outcome = await EditReportDraft.ExecuteAsync(db, review, Report.Council, Year, new(Number, IssuedOn, Opening, Assessment, Directions, Recipients, SignerName),
            actor.Name, time.GetUtcNow(), ct);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        return Redirect($"/Review/Annual/{CouncilId}/{Year}?saved=1");
    }

    // The Word file and the PDF come from the same official-document model; a server without a Vietnamese serif font answers 503 for the PDF, with the reason.
    public Task<IActionResult> OnGetDocxAsync(CancellationToken ct) => DownloadAsync("docx", ct);

    public Task<IActionResult> OnGetPdfAsync(CancellationToken ct) => DownloadAsync("pdf", ct);

    private async Task<IActionResult> DownloadAsync(string format, CancellationToken ct) =>
        await LoadAsync(ct) ?? OfficialFiles.Download(ReportFiles.ToDocument(Report, (await CouncilLetterhead.OfAsync(db, Report.Council.Id, Report.Draft.IssuedOn, ct))!), format, ReportFiles.FileName(Report));

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        await LoadAsync(ct) ?? File(ReportFiles.ToWorkbook(Report), ReportFiles.XlsxContentType, ReportFiles.FileName(Report) + ".xlsx");

    private void Fill(AnnualReportDraft d)
    {
        (Number, IssuedOn, Opening, Assessment, Directions, Recipients, SignerName) =
            (d.Number, d.IssuedOn, d.Opening, d.Assessment, d.Directions, d.Recipients, d.SignerName);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (Year is < 2000 or > 2100 || await review.CouncilAsync(CouncilId, ct) is not { } found)
        {
            return NotFound();
        }

        if (!UnitScope.IsStaffOf(User, found.Council.UnitId))
        {
            return Forbid();
        }

        CanEdit = UnitScope.IsCouncilOfficeOf(User, found.Council.UnitId);
        Report = await review.BuildAsync(found.Council, found.Unit, Year, ct);
        return null;
    }
}
