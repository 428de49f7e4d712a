using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// The council office takes a candidate (a petition rated "not resolved" or proposed for supervision, a question whose
/// delegate was not satisfied) into a mission under way (the page and the API), once. The caller has checked the office
/// of the mission's unit.
/// </summary>
public static class TakeCandidate
{
    public sealed record Request(string? SourceType, Guid SourceId);

    public static readonly Refusal MissionNotOpen = new("candidate-mission-open", "Chỉ đưa nội dung vào đoàn giám sát chưa báo cáo kết quả.");
    public static readonly Refusal NotCandidate = new("candidate-unknown", "Không có đề xuất giám sát này trong đơn vị.");

    public static async Task<Outcome> ExecuteAsync(DongThuanDb db, Candidates candidates, SupervisionMission mission, Request input, CancellationToken ct)
    {
        if (mission.State >= MissionState.Reported)
        {
            return MissionNotOpen;
        }

        var candidate = await candidates.FindAsync(mission.UnitId, input.SourceType ?? "", input.SourceId, ct);
        if (candidate is null)
        {
            return NotCandidate;
        }

        if (candidate.Taken)
        {
            return SupervisionRefusals.CandidateTaken;
        }

        db.MissionSources.Add(MissionSource.For(mission, candidate.Type, candidate.Id, candidate.Title));
        await db.SaveChangesAsync(ct);
        return Outcome.Done;
    }
}
