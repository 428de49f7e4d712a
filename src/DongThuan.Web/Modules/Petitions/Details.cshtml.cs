using DongThuan.Web.Modules.Obligations;
using DongThuan.Web.Modules.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// One petition as its viewer may see it. The office sees the content, the petitioner (a denunciation's
/// only after a recorded disclosure), sources, likely duplicates and every action; the agency sees the
/// routed copy and the files it may have, and answers.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Accounts.Permissions.Staff)]
public sealed class DetailsModel(PetitionDesk desk) : PetitionPage(desk)
{
    public sealed record Source(Guid Id, string TrackingCode, string Title, string Channel, int Voters, string? Meeting);

    public sealed record Similar(Guid Id, string TrackingCode, string Title, PetitionState State, double Score);

    public bool IsAgency { get; private set; }

    public PetitionerIdentity? Identity { get; private set; }

    public bool IdentityShown { get; private set; }

    /// <summary>The content as the office reads it: a protected denouncer's words masked until a recorded disclosure.</summary>
    public string OfficeContent => IdentityShown || Identity is not { Restricted: true } ? Petition!.Content : Petition!.ContentWithoutAuthor(Identity.Identifying);

    public IReadOnlyList<ConsentRecord> Consents { get; private set; } = [];

    public IReadOnlyList<PetitionAttachment> Files { get; private set; } = [];

    public int WithheldFiles { get; private set; }

    public Obligation? Obligation { get; private set; }

    public IReadOnlyList<TimelineEvent> Timeline { get; private set; } = [];

    /// <summary>Who took each step, by name and role, never by login name.</summary>
    public TimelineNames Actors { get; private set; } = null!;

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public Petition? MergedInto { get; private set; }

    public IReadOnlyList<Similar> Suggestions { get; private set; } = [];

    public string? FieldName { get; private set; }

    public string? AgencyName { get; private set; }

    public string? OfficialName { get; private set; }

    public VoterMeeting? Meeting { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public PetitionRating? Rating { get; set; }

    [BindProperty]
    public PetitionKind? Kind { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Ward { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, _ => true, ct) ?? await ShowAsync(ct);

    /// <param name="on">The day the office accepted the answer, when it records it later; empty is today.</param>
    public async Task<IActionResult> OnPostAcceptAsync(Guid id, DateOnly? on, CancellationToken ct) =>
        await LoadAsync(id, p => PetitionAccess.IsOffice(User, p), ct)
        ?? await ApplyAsync(() => Desk.ApplyOnAsync(Petition!, User, on, Petition!.AnswerSubmittedOn, (p, day) => p.AcceptAnswer(day), "Thường trực chấp nhận câu trả lời", ct),
            () => ShowAsync(ct));

    public Task<IActionResult> OnPostSendBackAsync(Guid id, CancellationToken ct) => OfficeActAsync(id, p => p.SendBack(Reason ?? ""), Reason, ct);

    public Task<IActionResult> OnPostRateAsync(Guid id, CancellationToken ct) =>
        OfficeActAsync(id, p => Rating is { } r ? p.Rate(r, Reason) : PetitionRefusals.RatingRequired, Reason, ct);

    public Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct) => OfficeActAsync(id, p => p.Reopen(Reason ?? ""), Reason, ct);

    public Task<IActionResult> OnPostSuperviseAsync(Guid id, CancellationToken ct) =>
        OfficeActAsync(id, p => p.ProposeForSupervision(Reason), "Đề xuất đưa vào nội dung giám sát. " + Reason, ct);

    public Task<IActionResult> OnPostDismissAsync(Guid id, CancellationToken ct) => OfficeActAsync(id, p => p.Dismiss(Reason ?? ""), Reason, ct);

    public async Task<IActionResult> OnPostReclassifyAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, p => PetitionAccess.IsOffice(User, p), ct)
        ?? await ApplyAsync(() => ReclassifyPetition.ExecuteAsync(Desk, Petition!, new(Kind, Title, Ward), ct), () => ShowAsync(ct));

    public async Task<IActionResult> OnPostUnmergeAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, p => PetitionAccess.IsOffice(User, p), ct) is { } stop)
        {
            return stop;
        }

        return await ApplyAsync(() => MergePetitions.ExecuteUndoAsync(Desk, Petition!, ct), () => ShowAsync(ct));
    }

    /// <summary>Shows a denunciation's author to the office, once, for a stated purpose that is recorded.</summary>
    public async Task<IActionResult> OnPostRevealAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, p => PetitionAccess.IsOffice(User, p), ct) is { } stop)
        {
            return stop;
        }

        var (outcome, _) = (await RevealPetitioner.ExecuteAsync(Desk, User, id, Reason, ct))!.Value;
        if (!outcome.Succeeded)
        {
            Refuse(outcome.Refusal!.Message);
            return await ShowAsync(ct);
        }

        await ShowAsync(ct);
        IdentityShown = true;
        return Page();
    }

    private async Task<IActionResult> OfficeActAsync(Guid id, Func<Petition, Infrastructure.Domain.Outcome> transition, string? note, CancellationToken ct) =>
        await LoadAsync(id, p => PetitionAccess.IsOffice(User, p), ct)
        ?? await ApplyAsync(() => Desk.ApplyAsync(Petition!, transition, note, ct), () => ShowAsync(ct));

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var db = Desk.Db;
        var p = Petition!;
        IsAgency = PetitionAccess.IsAgency(User, p);
        if (IsOffice)
        {
            Identity = await db.PetitionerIdentities.AsNoTracking().SingleOrDefaultAsync(i => i.PetitionId == p.Id, ct);
            IdentityShown = Identity is { Restricted: false };
            Consents = Identity is null ? [] : await db.Consents.AsNoTracking().Where(c => c.IdentityId == Identity.Id).OrderBy(c => c.Purpose).ToListAsync(ct);
        }

        var files = await db.PetitionAttachments.AsNoTracking().Where(a => a.PetitionId == p.Id).OrderBy(a => a.FileName).ToListAsync(ct);
        Files = [.. files.Where(f => IsOffice || !f.Restricted)];
        WithheldFiles = files.Count - Files.Count;
        Obligation = await db.ObligationAsync(p.ObligationId, ct);
        Timeline = await db.Timeline.AsNoTracking().Where(e => e.SubjectType == PetitionObligations.SubjectType && e.SubjectId == p.Id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        Actors = await TimelineNames.ForAsync(db, Timeline, ct);
        FieldName = p.FieldId is { } fid ? await db.PetitionFields.AsNoTracking().Where(f => f.Id == fid).Select(f => f.Name).SingleOrDefaultAsync(ct) : null;
        AgencyName = p.AgencyBodyId is { } aid ? await db.Bodies.AsNoTracking().Where(b => b.Id == aid).Select(b => b.Name).SingleOrDefaultAsync(ct) : null;
        OfficialName = p.OfficialPersonId is { } pid ? await db.People.AsNoTracking().Where(x => x.Id == pid).Select(x => x.FullName).SingleOrDefaultAsync(ct) : null;
        Meeting = p.VoterMeetingId is { } mid ? await db.VoterMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == mid, ct) : null;
        if (IsOffice)
        {
            var sources = await db.Petitions.AsNoTracking().Where(s => s.ConsolidatedIntoId == p.Id).ToListAsync(ct);
            var meetings = await db.VoterMeetings.AsNoTracking().Where(m => sources.Select(s => s.VoterMeetingId).Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
            Sources = [.. sources.OrderBy(s => s.ReceivedOn).Select(s => new Source(s.Id, s.TrackingCode, s.Title, PetitionNames.Of(s.Channel), s.Voters,
                s.VoterMeetingId is { } m && meetings.TryGetValue(m, out var vm) ? $"{vm.Place}, {vm.HeldOn:dd/MM/yyyy}" : s.Source))];
            MergedInto = p.ConsolidatedIntoId is { } into ? await db.Petitions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == into, ct) : null;
            if (p.State == PetitionState.Received && p.Kind != PetitionKind.Denunciation)
            {
                Suggestions = await SuggestAsync(db, p, ct);
            }
        }

        return Page();
    }

    /// <summary>Likely duplicates of a petition in the office's inbox, for merging.</summary>
    public static async Task<IReadOnlyList<Similar>> SuggestAsync(Infrastructure.Database.DongThuanDb db, Petition p, CancellationToken ct)
    {
        var since = p.ReceivedOn.AddYears(-1);
        var pool = await db.Petitions.AsNoTracking()
            .Where(x => x.UnitId == p.UnitId && x.Id != p.Id && x.Kind != PetitionKind.Denunciation && x.State != PetitionState.Merged && x.ReceivedOn >= since)
            .OrderByDescending(x => x.ReceivedOn).Take(3000).Select(x => new { x.Id, x.Folded, x.TrackingCode, x.Title, x.State }).ToListAsync(ct);
        var matches = DuplicateFinder.Like(p.Folded, pool.Select(x => (x.Id, x.Folded)));
        return [.. matches.Select(m => pool.Single(x => x.Id == m.Id)).Zip(matches, (x, m) => new Similar(x.Id, x.TrackingCode, x.Title, x.State, m.Score))];
    }
}
