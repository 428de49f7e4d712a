using DongThuan.Web.Infrastructure.OfficialDocuments;

namespace DongThuan.Web.Modules.Coordination;

/// <summary>
/// The joint coordination programme as an official document (Chương trình, CTr): the parties as issuers,
/// the tasks by section with their lead body, time frame and expected output, and one signature block per
/// party, as the parties sign it at the start of the year.
/// </summary>
public static class ProgrammeDocument
{
    /// <summary>A party as it signs: its signature line and its name.</summary>
    public sealed record Signatory(ProgrammeParty Signature, string Name);

    /// <summary>A task as the programme lists it: the task, its lead body and the bodies that support it.</summary>
    public sealed record TaskLine(CoordinationTask Task, string Lead, IReadOnlyList<string> Supporting);

    public static OfficialDocument Draft(CoordinationProgramme p, IReadOnlyList<Signatory> parties, IReadOnlyList<TaskLine> tasks, string place) => new()
    {
        Issuer = string.Join(" - ", parties.Select(x => x.Name)),
        NumberLine = "Số: " + p.Number,
        Place = place,
        Date = p.SignedOn,
        TypeName = "CHƯƠNG TRÌNH",
        Summary = p.Title,
        Body =
        [
            new Paragraph($"Căn cứ chức năng, nhiệm vụ của mỗi bên, {string.Join(", ", parties.Select(x => x.Name))} thống nhất chương trình phối hợp năm {p.Year} như sau."),
            .. tasks.GroupBy(t => t.Task.Section).SelectMany(g => new Block[]
            {
                new Heading(g.Key),
                new Table(["Nhiệm vụ", "Chủ trì", "Thời gian", "Sản phẩm"],
                    [.. g.Select(t => (IReadOnlyList<string>)[t.Task.Title + (t.Supporting.Count > 0 ? " (phối hợp: " + string.Join(", ", t.Supporting) + ")" : ""), t.Lead,
                        t.Task.Frame.Label, t.Task.ExpectedOutput])]),
            }),
            new Paragraph("Các bên định kỳ hằng quý báo cáo kết quả thực hiện; cuối năm cùng đánh giá, rút kinh nghiệm và xây dựng chương trình năm sau."),
        ],
        Recipients = [.. parties.Select(x => x.Name), "Lưu: VT"],
        Signers = [.. parties.Select(x => SignerOf(x.Signature))],
    };

    /// <summary>"TM. Thường trực HĐND — Chủ tịch" is the authority and the title in one: split at the dash.</summary>
    private static Signer SignerOf(ProgrammeParty party) => party.SignatoryTitle.Split(" — ", 2) is [var authority, var title]
        ? new Signer(authority, title, party.Signatory)
        : new Signer(null, party.SignatoryTitle, party.Signatory);
}
