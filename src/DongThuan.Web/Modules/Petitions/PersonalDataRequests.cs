using System.Text.Json;
using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// A person's rights over what DongThuan holds about them as a petitioner (Nghị định 13/2023, Luật 91/2025):
/// an administrator finds their records, exports all of it, and erases it (the petitions stay, anonymised).
/// Retention erases the same way once a closed petition is older than the configured period.
/// </summary>
public sealed class PersonalDataRequests(PetitionDesk desk, IConfiguration configuration)
{
    public sealed record Found(PetitionerIdentity Identity, Petition Petition);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public int RetentionMonths => configuration.GetValue("Petitions:RetentionMonths", 36);

    /// <summary>Records of a person, by email, phone or full name (name ignoring case and diacritics).</summary>
    public async Task<IReadOnlyList<Found>> FindAsync(string? who, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(who) || who.Trim().Length < 3)
        {
            return [];
        }

        var email = Contact.NormaliseEmail(who);
        var phone = Contact.NormalisePhone(who);
        var name = VietnameseText.Fold(who.Trim());
        var candidates = await desk.Db.PetitionerIdentities.AsNoTracking()
            .Where(i => i.ErasedAt == null && ((email != null && i.Email == email) || (phone != null && phone.Length >= 9 && i.Phone == phone) || i.Name != null))
            .ToListAsync(ct);
        var matches = candidates.Where(i => (email != null && i.Email == email) || (phone is { Length: >= 9 } && i.Phone == phone) || VietnameseText.Fold(i.Name) == name).ToList();
        var ids = matches.Select(i => i.PetitionId).ToList();
        var petitions = await desk.Db.Petitions.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return [.. matches.Select(i => new Found(i, petitions[i.PetitionId])).OrderByDescending(f => f.Petition.ReceivedOn)];
    }

    /// <summary>Everything held about the person, as JSON they can read.</summary>
    public async Task<byte[]> ExportAsync(IReadOnlyCollection<Guid> identityIds, CancellationToken ct)
    {
        var db = desk.Db;
        var identities = await db.PetitionerIdentities.AsNoTracking().Where(i => identityIds.Contains(i.Id)).ToListAsync(ct);
        var consents = await db.Consents.AsNoTracking().Where(c => identityIds.Contains(c.IdentityId)).ToListAsync(ct);
        var disclosures = await db.IdentityDisclosures.AsNoTracking().Where(d => identityIds.Contains(d.IdentityId)).ToListAsync(ct);
        var petitionIds = identities.Select(i => i.PetitionId).ToList();
        var petitions = await db.Petitions.AsNoTracking().Where(p => petitionIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var files = await db.PetitionAttachments.AsNoTracking().Where(a => petitionIds.Contains(a.PetitionId)).ToListAsync(ct);
        var export = new
        {
            ExportedAt = desk.Now,
            Controller = "DongThuan",
            Records = identities.Select(i => new
            {
                i.Name,
                i.Email,
                i.Phone,
                i.Address,
                Consents = consents.Where(c => c.IdentityId == i.Id).Select(c => new { c.Purpose, c.Given, c.At, c.Basis }),
                IdentityViewed = disclosures.Where(d => d.IdentityId == i.Id).Select(d => new { d.At, d.Purpose }),
                Petition = petitions[i.PetitionId] is var p ? new
                {
                    p.TrackingCode, p.Kind, p.Channel, p.Title, p.Content, p.Ward, p.Location, p.ReceivedOn, p.State, p.Answer, p.AnsweredOn, p.Rating,
                    Files = files.Where(f => f.PetitionId == p.Id && !f.IsAnswer).Select(f => new { f.FileName, f.Size }),
                } : null,
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(export, Json);
    }

    /// <summary>
    /// An administrator erases on a person's request (the page and the API): at least one record chosen, and a reason,
    /// which goes on each petition's timeline.
    /// </summary>
    public async Task<(Outcome Outcome, int Erased)> EraseOnRequestAsync(IReadOnlyCollection<Guid> identityIds, string? reason, CancellationToken ct)
    {
        if (identityIds.Count == 0)
        {
            return (PetitionRefusals.IdentitiesRequired, 0);
        }

        return TextRules.IsReason(reason) ? (Outcome.Done, await EraseAsync(identityIds, reason!.Trim(), ct)) : (PetitionRefusals.ReasonRequired, 0);
    }

    /// <summary>Erases the person: their identity is emptied and their words removed from the petitions' texts, which stay as records.</summary>
    public async Task<int> EraseAsync(IReadOnlyCollection<Guid> identityIds, string reason, CancellationToken ct)
    {
        var db = desk.Db;
        var identities = await db.PetitionerIdentities.Where(i => identityIds.Contains(i.Id) && i.ErasedAt == null).ToListAsync(ct);
        var petitionIds = identities.Select(i => i.PetitionId).ToList();
        var petitions = await db.Petitions.Where(p => petitionIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var identity in identities)
        {
            var petition = petitions[identity.PetitionId];
            petition.Anonymise(identity.Identifying);
            identity.Erase(desk.Now);
            desk.Record(petition, petition.State, $"Xóa thông tin cá nhân của người gửi: {reason}");
        }

        await db.SaveChangesAsync(ct);
        return identities.Count;
    }

    /// <summary>Erases the petitioners of petitions closed longer ago than the retention period.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var before = desk.Today.AddMonths(-RetentionMonths);
        var due = await desk.Db.PetitionerIdentities.AsNoTracking().Where(i => i.ErasedAt == null)
            .Join(desk.Db.Petitions.Where(p => (p.State == PetitionState.Closed || p.State == PetitionState.Merged) && p.ReceivedOn < before), i => i.PetitionId, p => p.Id, (i, _) => i.Id)
            .OrderBy(id => id).Take(1000).ToListAsync(ct);
        return due.Count == 0 ? 0 : await EraseAsync(due, $"hết thời hạn lưu trữ {RetentionMonths} tháng", ct);
    }
}

/// <summary>Runs the retention sweep once a day (and shortly after start). Erasing is idempotent, so two instances do no harm.</summary>
public sealed class RetentionWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<RetentionWorker> log)
    : Infrastructure.Jobs.PeriodicJob(scopes, time, log)
{
    protected override string Name => "Retention sweep";

    protected override TimeSpan FirstRunAfter => TimeSpan.FromMinutes(1);

    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var erased = await services.GetRequiredService<PersonalDataRequests>().SweepAsync(ct);
        if (erased > 0)
        {
            Log.LogInformation("Retention: erased the personal data of {Count} petitioners", erased);
        }
    }
}
