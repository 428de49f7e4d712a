using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Import;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Imports;

/// <summary>
/// The council office brings its past in from spreadsheets, one kind at a time: download a kind's template, fill it in,
/// upload it for the council, and read the report (what was imported, what was already there, which rows were refused
/// and why). The same file can be uploaded again once its refused rows are corrected: nothing is added twice.
/// </summary>
[Authorize(Policy = Permissions.CouncilOffice)]
[RequestSizeLimit(FileInspector.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = FileInspector.MaxBytes + 1024 * 1024)]
public sealed class IndexModel(DongThuanDb db, SheetImporter importer, TimeProvider time) : RefusingPage
{
    public sealed record Choice(Guid Id, string Name);

    [BindProperty]
    public Guid? CouncilId { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    public IReadOnlyList<ISheetImport> Kinds => importer.Kinds;

    public IReadOnlyList<Choice> Councils { get; private set; } = [];

    public ImportReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public IActionResult OnGetTemplate(string? kind) =>
        importer.Find(kind) is { } k ? File(SheetImporter.Template(k), SheetImporter.XlsxContentType, $"mau-nhap-{k.Kind}.xlsx") : NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        await LoadAsync(ct);
        var kind = importer.Find(Kind);
        var council = CouncilId is { } id ? await OfficeCouncilAsync(id, ct) : null;
        if (kind is null || council is null)
        {
            return Refused(ImportsRefusals.KindOrCouncil.Message);
        }

        if (file is null || file.Length == 0)
        {
            return Refused(SheetImportRefusals.NotXlsx.Message);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (outcome, report) = await importer.RunAsync(kind, new ImportContext(User, council.Id, council.UnitId, VietnamTime.Today(time), file.FileName), buffer.ToArray(), ct);
        if (!outcome.Succeeded)
        {
            return Refused(outcome.Refusal!.Message);
        }

        Report = report;
        return Page();
    }

    private Task<Body?> OfficeCouncilAsync(Guid id, CancellationToken ct) =>
        db.Bodies.AsNoTracking().OfficeScoped(User).SingleOrDefaultAsync(b => b.Id == id && b.Kind == BodyKind.Council && b.ArchivedAt == null, ct);

    private async Task LoadAsync(CancellationToken ct) =>
        Councils = await db.Bodies.AsNoTracking().OfficeScoped(User).Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null)
            .OrderBy(b => b.Name).Select(b => new Choice(b.Id, b.Name)).ToListAsync(ct);
}

public static class ImportsRefusals
{
    public static readonly Infrastructure.Domain.Refusal KindOrCouncil = new("import-kind-council", "Vui lòng chọn loại dữ liệu và Hội đồng nhân dân của đơn vị mình.");
}
