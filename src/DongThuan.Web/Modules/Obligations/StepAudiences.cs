using DongThuan.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Obligations;

/// <summary>
/// Who hears of one step, and in what words: the subject's title and address, what happened (the state in words),
/// the parties whose turn it now is and those who follow the subject (who asked it, sent it, answered it).
/// </summary>
/// <param name="Public">The public page the step shows on (a question's answer, a supervision result), when it does: those who follow that
/// page hear the step too, at its address.</param>
public sealed record Audience(string Title, string Url, string What, IReadOnlyList<Party> Turn, IReadOnlyList<Party> Followers, PublicSubject? Public = null);

/// <summary>A page anyone may follow (<c>Type</c> as the follows name it), at the address the public reads it.</summary>
public sealed record PublicSubject(string Type, Guid Id, string Url);

/// <summary>
/// A module's knowledge of who hears of a step on its subjects. A module whose turn is not just "whoever owes the open
/// obligation" (a question waits on the council office, then on the delegate who asked) registers one.
/// </summary>
public interface IStepAudience
{
    string SubjectType { get; }

    /// <summary>The audience of the step, or null when no one need hear of it.</summary>
    Task<Audience?> OfAsync(StepApplied step, CancellationToken ct);
}

/// <summary>
/// The audience of any step: its module's, where the module registered one; otherwise whoever owes the subject's open
/// obligation, with the obligation's subject, its address and its state in words (supervision, joint tasks, group opinions).
/// </summary>
public sealed class StepAudiences(IEnumerable<IStepAudience> audiences, DongThuanDb db, ObligationCatalogue catalogue)
{
    public async Task<Audience?> OfAsync(StepApplied step, CancellationToken ct)
    {
        if (audiences.FirstOrDefault(a => a.SubjectType == step.SubjectType) is { } own)
        {
            return await own.OfAsync(step, ct);
        }

        var owedBySubject = await db.ObligationsOfSubjectAsync(step.SubjectType, step.SubjectId, ct);
        if (owedBySubject.Count == 0)
        {
            return null;
        }

        var owed = owedBySubject[^1];

        return new Audience(owed.Subject, catalogue.SubjectUrl(owed) ?? $"/Obligations/Details/{owed.Id}", catalogue.StateName(owed, step.To),
            step.From == step.To ? [] : step.Turn, await CouncilOfficeOfAsync(db, owed.UnitId, ct));
    }

    /// <summary>The council office of a unit, as a party: the office role in each council of the unit.</summary>
    public static async Task<IReadOnlyList<Party>> CouncilOfficeOfAsync(DongThuanDb db, Guid unitId, CancellationToken ct) =>
        [.. (await db.Set<Organisation.Body>().AsNoTracking().Where(b => b.UnitId == unitId && b.Kind == Organisation.BodyKind.Council && b.ArchivedAt == null)
            .Select(b => b.Id).ToListAsync(ct)).Select(c => new Party(c, null, Accounts.AppRole.CouncilOffice))];
}
