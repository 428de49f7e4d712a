using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Organisation;
using DongThuan.Web.Modules.Petitions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.OpenData;

/// <summary>
/// Published answers to voters' petitions, by the year of the answer: exactly what the answers page shows, personal
/// details removed, never a complaint or denunciation, never one whose sender did not agree.
/// </summary>
public sealed class PetitionAnswersDataset : IOpenDataset
{
    public string Key => "petition-answers";

    public string Title => "Trả lời kiến nghị cử tri";

    public string Description => "Mỗi dòng một kiến nghị đã có câu trả lời được công khai: nội dung (đã ẩn thông tin cá nhân), phường, lĩnh vực, cơ quan trả lời, ngày nhận, ngày trả lời, câu trả lời, số cử tri.";

    public IReadOnlyList<string> RecordTypes => ["Petition"];

    private static IQueryable<Petition> Of(DongThuanDb db, Body council) => PublicAnswers.Of(db).Where(p => p.CouncilId == council.Id);

    public async Task<IReadOnlyList<int>> YearsAsync(DongThuanDb db, Body council, CancellationToken ct) =>
        await Of(db, council).Select(p => p.AnsweredOn!.Value.Year).Distinct().ToListAsync(ct);

    public async Task<DatasetTable> TableAsync(DongThuanDb db, Body council, int year, string site, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var petitions = await Of(db, council).AsNoTracking().Where(p => p.AnsweredOn >= from && p.AnsweredOn <= to).OrderBy(p => p.AnsweredOn).ThenBy(p => p.Id)
            .ToListAsync(ct);
        var published = await PublicAnswers.RedactedAsync(db, petitions, ct);
        petitions = [.. petitions.Where(p => published.ContainsKey(p.Id))];
        var ids = petitions.Select(p => p.Id).ToList();
        var fields = await db.PetitionFields.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        var agencyIds = petitions.Where(p => p.AgencyBodyId != null).Select(p => p.AgencyBodyId!.Value).Distinct().ToList();
        var agencies = await db.Bodies.AsNoTracking().Where(b => agencyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        return new(["answer_id", "title", "petition", "ward", "field", "agency", "received_on", "answered_on", "answer", "voters", "url"],
            [.. petitions.Select(p => new object?[]
            {
                p.Id, published[p.Id].Title, published[p.Id].Text, p.Ward, p.FieldId is { } f ? fields.GetValueOrDefault(f) : null,
                p.AgencyBodyId is { } a ? agencies.GetValueOrDefault(a) : null, OpenDatasets.Day(p.ReceivedOn), OpenDatasets.Day(p.AnsweredOn), published[p.Id].Answer,
                p.Voters, $"{site}/Petitions/Answers?id={p.Id:D}",
            })],
            ids);
    }
}
