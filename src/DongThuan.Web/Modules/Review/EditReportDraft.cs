using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Review;

/// <summary>
/// The council office writes the words of its year-end report around the figures (the page and the API): number and
/// date, the opening, the assessment, the directions, the recipients and the signer. The first save starts from the
/// defaults the council's level gives; the figures themselves are never edited. The caller has checked the office.
/// </summary>
public static class EditReportDraft
{
    public sealed record Request(int Number, DateOnly IssuedOn, string? Opening, string? Assessment, string? Directions, string? Recipients, string? SignerName);

    public static async Task<Outcome> ExecuteAsync(DongThuanDb db, AnnualReview review, Body council, int year, Request input, string by, DateTimeOffset at, CancellationToken ct)
    {
        var draft = await db.Set<AnnualReportDraft>().SingleOrDefaultAsync(d => d.CouncilId == council.Id && d.Year == year, ct);
        if (draft is null)
        {
            draft = await review.DefaultDraftAsync(council, year, ct);
            db.Add(draft);
        }

        var outcome = draft.Edit(input.Number, input.IssuedOn, input.Opening ?? "", input.Assessment ?? "", input.Directions ?? "", input.Recipients ?? "", input.SignerName ?? "",
            by, at);
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            return outcome;
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }
}
