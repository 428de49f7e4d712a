using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Modules.Petitions;
using DongThuan.Web.Modules.Questions;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Supervision;

/// <summary>
/// Candidate supervision topics: petitions whose petitioners rated the answer "not resolved" (or that the
/// office proposed for supervision) and questions whose delegates were not satisfied. Denunciations are
/// never candidates: their handling is confidential (Law 25/2018 Art. 47). A candidate already taken into a
/// mission is marked so.
/// </summary>
public sealed class Candidates(DongThuanDb db)
{
    public sealed record Candidate(string Type, Guid Id, string Title, string Detail, DateOnly? On, bool Taken);

    public async Task<IReadOnlyList<Candidate>> ForUnitAsync(Guid unitId, CancellationToken ct)
    {
        var taken = await db.MissionSources.AsNoTracking().Select(s => s.SourceId).ToListAsync(ct);
        var petitions = await Petitions(unitId).OrderByDescending(p => p.ReceivedOn).Take(200).ToListAsync(ct);
        var questions = await Questions(unitId).OrderByDescending(q => q.AnsweredOn).Take(200).ToListAsync(ct);
        return
        [
            .. questions.Select(q => new Candidate(MissionSource.Question, q.Id, q.Title, q.EvaluationNote ?? "", q.AnsweredOn, taken.Contains(q.Id))),
            .. petitions.Select(p => new Candidate(MissionSource.Petition, p.Id, p.Title, p.RatingNote ?? p.TrackingCode, p.AnsweredOn ?? p.ReceivedOn, taken.Contains(p.Id))),
        ];
    }

    public async Task<Candidate?> FindAsync(Guid unitId, string type, Guid id, CancellationToken ct)
    {
        var taken = await db.MissionSources.AsNoTracking().AnyAsync(s => s.SourceId == id, ct);
        return type switch
        {
            MissionSource.Petition => await Petitions(unitId).Where(p => p.Id == id)
                .Select(p => new Candidate(MissionSource.Petition, p.Id, p.Title, p.RatingNote ?? p.TrackingCode, p.AnsweredOn ?? p.ReceivedOn, taken)).SingleOrDefaultAsync(ct),
            MissionSource.Question => await Questions(unitId).Where(q => q.Id == id)
                .Select(q => new Candidate(MissionSource.Question, q.Id, q.Title, q.EvaluationNote ?? "", q.AnsweredOn, taken)).SingleOrDefaultAsync(ct),
            _ => null,
        };
    }

    private IQueryable<Petition> Petitions(Guid unitId) => db.Petitions.AsNoTracking()
        .Where(p => p.UnitId == unitId && p.Kind != PetitionKind.Denunciation && p.State != PetitionState.Merged
                    && (p.SupervisionCandidate || p.Rating == PetitionRating.NotResolved));

    private IQueryable<Question> Questions(Guid unitId) => db.Questions.AsNoTracking()
        .Where(q => q.UnitId == unitId && (q.State == QuestionState.NotSatisfied || q.FollowUp == FollowUp.SupervisionProposal
                                           || (q.State == QuestionState.Closed && q.FollowUp != null)));
}
