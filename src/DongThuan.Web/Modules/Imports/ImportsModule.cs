using System.Security.Claims;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Import;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Infrastructure.Web;
using DongThuan.Web.Modules.Accounts;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DongThuan.Web.Modules.Imports;

/// <summary>
/// The import page's API: <c>GET /api/v1/imports/{kind}/template</c> and <c>POST /api/v1/imports/{kind}?councilId=</c> with
/// the sheet as the form's <c>file</c>; the answer is the report. Each module registers its kinds
/// (<see cref="SheetImports.AddSheetImport{T}"/>); this module only runs them.
/// </summary>
public static class ImportsModule
{
    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/imports").WithTags("Imports").RequireAuthorization(Permissions.CouncilOffice);
        api.MapGet("/{kind}/template", (string kind, SheetImporter importer) =>
            importer.Find(kind) is { } k ? Results.File(SheetImporter.Template(k), SheetImporter.XlsxContentType, $"mau-nhap-{k.Kind}.xlsx") : Results.NotFound());
        api.MapPost("/{kind}", RunAsync).DisableAntiforgery()
            .DescribesUpload("file", "The filled-in template (XLSX, from GET /api/v1/imports/{kind}/template); with Authorization: Bearer.");
        return app;
    }

    // The file is read from the form here, not bound as a parameter: a bound file makes routing answer 415 to other
    // content types before authorization has said who may call at all.
    private static async Task<IResult> RunAsync(string kind, [FromQuery] Guid councilId, HttpContext http, ClaimsPrincipal user, DongThuanDb db,
        SheetImporter importer, TimeProvider time, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        // A form post carries a signed-in browser's cookie from any site: only a bearer token may call this without the page's antiforgery check.
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.BadRequest(l["Gửi tệp qua API cần mã truy cập (Authorization: Bearer); trên trình duyệt hãy dùng trang Nhập dữ liệu."]);
        }

        var k = importer.Find(kind);
        var council = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == councilId && b.Kind == BodyKind.Council && b.ArchivedAt == null, ct);
        if (k is null || council is null)
        {
            return TypedResults.NotFound();
        }

        if (!UnitScope.IsCouncilOfficeOf(user, council.UnitId))
        {
            return TypedResults.Forbid();
        }

        var file = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct)).Files.GetFile("file") : null;
        if (file is null || file.Length == 0)
        {
            return Problems.Refused(SheetImportRefusals.NotXlsx, l);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (outcome, report) = await importer.RunAsync(k, new ImportContext(user, council.Id, council.UnitId, VietnamTime.Today(time), file.FileName), buffer.ToArray(), ct);
        return outcome.Succeeded ? TypedResults.Ok(report) : Problems.Refused(outcome, l);
    }
}
