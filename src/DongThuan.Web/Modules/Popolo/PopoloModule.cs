using System.Text.Json;
using DongThuan.Web.Infrastructure.Caching;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Localization;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Popolo;

/// <summary>
/// <c>/popolo/</c>: each council as Popolo / Open Civic Data JSON, without sign-in (ADR 0028). One document per council,
/// <c>/popolo/{councilId}.json</c>, and one per collection, <c>/popolo/{councilId}/{collection}.json</c>; <c>?term=N</c>
/// narrows either to one term (khóa).
/// </summary>
public static class PopoloModule
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapPopolo(this IEndpointRouteBuilder app)
    {
        var popolo = app.MapGroup("/popolo").WithTags("Popolo").AllowAnonymous();
        popolo.MapGet("/", IndexAsync).CacheOutput(PublicPageCache.Policy);
        popolo.MapGet("/{councilId:guid}.json", CouncilAsync).CacheOutput(PublicPageCache.Policy);
        popolo.MapGet("/{councilId:guid}/{collection}.json", CollectionAsync).CacheOutput(PublicPageCache.Policy);
        return app;
    }

    /// <summary>The councils, each with its documents' addresses.</summary>
    public static async Task<IResult> IndexAsync(HttpRequest request, DongThuanDb db, CancellationToken ct)
    {
        var site = $"{request.Scheme}://{request.Host}";
        var councils = await db.Councils.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);
        var terms = await db.Terms.AsNoTracking().Where(t => t.ArchivedAt == null).ToListAsync(ct);
        return Results.Json(councils.Select(c => new
        {
            id = c.Id,
            name = c.Name,
            url = $"{site}/popolo/{c.Id:D}.json",
            terms = terms.Where(t => t.CouncilId == c.Id).OrderBy(t => t.Number).Select(t => new { number = t.Number, label = t.Label, url = $"{site}/popolo/{c.Id:D}.json?term={t.Number}" }),
            collections = CouncilRecord.Collections.Select(k => $"{site}/popolo/{c.Id:D}/{k}.json"),
        }), Json);
    }

    public static async Task<IResult> CouncilAsync(Guid councilId, int? term, HttpRequest request, DongThuanDb db, TimeProvider time, CancellationToken ct) =>
        await CouncilRecord.BuildAsync(db, councilId, term, $"{request.Scheme}://{request.Host}", VietnamTime.Today(time), ct) is { } record
            ? Results.Json(record, Json)
            : Results.NotFound();

    public static async Task<IResult> CollectionAsync(Guid councilId, string collection, int? term, HttpRequest request, DongThuanDb db, TimeProvider time,
        CancellationToken ct)
    {
        if (!CouncilRecord.Collections.Contains(collection))
        {
            return Results.NotFound();
        }

        return await CouncilRecord.BuildAsync(db, councilId, term, $"{request.Scheme}://{request.Host}", VietnamTime.Today(time), ct) is { } record
            ? Results.Json(record[collection], Json)
            : Results.NotFound();
    }
}
