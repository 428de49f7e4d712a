using DongThuan.Web.Infrastructure.Domain;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// The council office does not accept a reported completion (the page and the API): the recommendation is owed again, by a
/// new date after today, with the reason on its timeline. The caller has checked that the user is council office staff of
/// the recommendation's unit and holds it tracked.
/// </summary>
public static class DisputeRecommendation
{
    public sealed record Request(string? Reason, DateOnly NewDueOn);

    public static Task<Outcome> ExecuteAsync(SupervisionDesk desk, Recommendation r, Request input, CancellationToken ct) =>
        desk.ApplyAsync(r, x => x.Dispute(input.Reason ?? "", input.NewDueOn, desk.Today), $"Chưa chấp nhận kết quả: {input.Reason}", desk.Today, ct);
}
