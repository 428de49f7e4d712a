using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Sessions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>The documents of public sessions (reports, proposals, resolutions with their votes), by the year they were issued.</summary>
public sealed class DocumentsDataset : IOpenDataset
{
    public string Key => "documents";

    public string Title => "Văn bản kỳ họp";

    public string Description => "Mỗi dòng một văn bản của kỳ họp công khai: số, ký hiệu, loại, ngày, trích yếu, kết quả biểu quyết, tệp.";

    public IReadOnlyList<string> RecordTypes => ["Document", "Attachment"];

    private static IQueryable<Document> Of(DongThuanDb db, Body council)
    {
        var sessions = db.Sessions;
        return PublicSessions.Documents(db).Where(d => sessions.Any(s => s.Id == d.SessionId && s.CouncilId == council.Id));
    }

    public async Task<IReadOnlyList<int>> YearsAsync(DongThuanDb db, Body council, CancellationToken ct) =>
        await Of(db, council).Select(d => d.IssuedOn.Year).Distinct().ToListAsync(ct);

    public async Task<DatasetTable> TableAsync(DongThuanDb db, Body council, int year, string site, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var documents = await Of(db, council).AsNoTracking().Where(d => d.IssuedOn >= from && d.IssuedOn <= to)
            .OrderBy(d => d.IssuedOn).ThenBy(d => d.Type).ThenBy(d => d.Number).ToListAsync(ct);
        var ids = documents.Select(d => d.Id).ToList();
        var files = (await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.DocumentId)).ToListAsync(ct)).ToLookup(a => a.DocumentId);
        return new(["document_id", "session_id", "symbol", "type", "issued_on", "summary", "votes_for", "votes_against", "votes_abstaining", "votes_absent", "passed", "files"],
            [.. documents.Select(d => new object?[]
            {
                d.Id, d.SessionId, d.Symbol, d.Type.ToString(), OpenDatasets.Day(d.IssuedOn), d.Summary, d.VotesFor, d.VotesAgainst, d.VotesAbstaining, d.VotesAbsent,
                d.Passed, string.Join(" ", files[d.Id].Select(f => $"{site}/cong-khai/van-ban/{f.Id:D}")),
            })],
            ids);
    }
}
