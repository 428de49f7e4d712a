using DongThuan.Web.Infrastructure.Database;
using DongThuan.Web.Infrastructure.Domain;
using DongThuan.Web.Infrastructure.Files;
using DongThuan.Web.Infrastructure.Notifications;
using DongThuan.Web.Modules.Organisation;
using Microsoft.EntityFrameworkCore;

namespace DongThuan.Web.Modules.Petitions;

/// <summary>
/// Receives a petition from any channel: the public form and API, staff entry, a dialogue registration.
/// The petition, its petitioner, their consents and files are stored in one transaction before anyone is
/// told it was received; the same submission twice gives the first petition back.
/// </summary>
public sealed class PetitionIntake(PetitionDesk desk, FileStore files, IMailer mailer, ILogger<PetitionIntake> log)
{
    public sealed record Upload(string FileName, byte[] Bytes);

    public sealed record Submission(Guid? CouncilId, Petition.Draft Draft, string? Name, string? Email, string? Phone, string? Address, string? UserId,
        bool FromPublic, bool ConsentHandling, bool ConsentEmail, IReadOnlyList<Upload> Files, DateOnly? ReceivedOn = null);

    public sealed record Receipt(Petition Petition, bool AlreadyReceived);

    public async Task<(Outcome Outcome, Receipt? Receipt)> ReceiveAsync(Submission s, CancellationToken ct)
    {
        var db = desk.Db;
        var checkedInput = Check(s);
        if (!checkedInput.Succeeded)
        {
            return (checkedInput, null);
        }

        var council = s.CouncilId is { } cid
            ? await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == cid && b.Kind == BodyKind.Council && b.ArchivedAt == null, ct)
            : await WardCouncilAsync(db, s.Draft.Ward, s.ReceivedOn ?? desk.Today, ct) ?? await DefaultCouncilAsync(db, desk.Today, ct);
        if (council is null)
        {
            return (PetitionRefusals.CouncilUnknown, null);
        }

        // The public writes to a council sitting today; the office may still enter what a council received before it ended,
        // and a dialogue the office set up takes registrations for its own council.
        if (s.FromPublic && s.CouncilId is not null && s.Draft.DialogueId is null && !council.IsInOperationOn(desk.Today))
        {
            return (PetitionRefusals.CouncilCeased, null);
        }

        var inspected = new List<(Upload File, string Type, string Sha)>();
        foreach (var f in s.Files)
        {
            var (outcome, type, sha) = FileInspector.Inspect(f.Bytes);
            if (!outcome.Succeeded)
            {
                return (outcome, null);
            }

            inspected.Add((f, type!, sha!));
        }

        var receivedOn = s.ReceivedOn ?? desk.Today;
        var key = KeyOf(council.Id, s, receivedOn);
        if (await db.Petitions.AsNoTracking().SingleOrDefaultAsync(p => p.DedupKey == key, ct) is { } earlier)
        {
            return (Outcome.Done, new Receipt(earlier, true));
        }

        // The files reach the disk before the rows that name them, so a stored petition never points at nothing.
        foreach (var (file, _, sha) in inspected)
        {
            await files.SaveAsync(sha, file.Bytes, ct);
        }

        var (received, petition) = Stage(council, s, key, receivedOn, [.. inspected.Select(i => (i.File.FileName, i.File.Bytes.LongLength, i.Type, i.Sha))]);
        if (!received.Succeeded)
        {
            db.ChangeTracker.Clear();
            return (received, null);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two identical submissions at the same instant: the unique key let one in; this one is that one.
            db.ChangeTracker.Clear();
            if (await db.Petitions.AsNoTracking().SingleOrDefaultAsync(p => p.DedupKey == key, ct) is { } first)
            {
                return (Outcome.Done, new Receipt(first, true));
            }

            throw;
        }

        log.LogInformation("Petition {Code} received through {Channel}", petition.TrackingCode, petition.Channel);
        await desk.AnnounceReceivedAsync(petition, ct);
        if (Contact.NormaliseEmail(s.Email) is { } email)
        {
            await mailer.SendAsync(new MailMessage(email, $"Đã tiếp nhận kiến nghị {petition.TrackingCode}",
                $"{council.Name} đã tiếp nhận kiến nghị của bạn ngày {receivedOn:dd/MM/yyyy}.\n\nMã theo dõi: {petition.TrackingCode}\n"
                + $"Tra cứu tình trạng tại {desk.StatusUrl}?code={petition.TrackingCode} bằng mã này và email hoặc số điện thoại bạn đã dùng.\n\n"
                + $"Your petition was received. Tracking code: {petition.TrackingCode}."), ct);
        }

        return (Outcome.Done, new Receipt(petition, false));
    }

    /// <summary>What makes two submissions the same one: the council, the channel and source, the words and the person, on one day.</summary>
    public static string KeyOf(Guid councilId, Submission s, DateOnly receivedOn) =>
        TrackingCodes.DedupKey(councilId.ToString(), s.Draft.Channel.ToString(), s.Draft.VoterMeetingId?.ToString(), s.Draft.DialogueId?.ToString(), s.Draft.Source,
            s.Draft.Title, s.Draft.Content, s.Name, Contact.NormaliseEmail(s.Email), Contact.NormalisePhone(s.Phone), receivedOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Adds a checked submission to the unit of work: the petition, its petitioner and consents apart, its files,
    /// and the first timeline event. The caller saves (one petition, or a whole import in one transaction).
    /// </summary>
    public (Outcome Outcome, Petition Petition) Stage(Body council, Submission s, string key, DateOnly receivedOn,
        IReadOnlyList<(string FileName, long Size, string Type, string Sha)> stored, string? note = null)
    {
        var db = desk.Db;
        var petition = Petition.Receive(council.UnitId, council.Id, TrackingCodes.New(), key, s.Draft, desk.Now, receivedOn, out var received);
        if (!received.Succeeded)
        {
            return (received, petition);
        }

        db.Petitions.Add(petition);
        if (new[] { s.Name, s.Email, s.Phone, s.Address }.Any(x => !string.IsNullOrWhiteSpace(x)) || s.UserId is not null)
        {
            var identity = PetitionerIdentity.For(petition, s.Name, s.Email, s.Phone, s.Address, s.UserId);
            petition.ProtectAuthor(identity.Identifying);
            db.PetitionerIdentities.Add(identity);
            var basis = s.FromPublic ? "Người gửi đánh dấu đồng ý trên biểu mẫu" : "Cán bộ tiếp nhận ghi nhận theo nhiệm vụ luật định (tiếp xúc cử tri, tiếp công dân)";
            db.Consents.Add(ConsentRecord.Of(identity, ConsentPurpose.Handling, s.ConsentHandling || !s.FromPublic, desk.Now, basis));
            db.Consents.Add(ConsentRecord.Of(identity, ConsentPurpose.PublishAnswer, petition.PublishConsent, desk.Now, basis));
            db.Consents.Add(ConsentRecord.Of(identity, ConsentPurpose.EmailUpdates, s.ConsentEmail && identity.Email is not null, desk.Now, basis));
        }

        foreach (var (name, size, type, sha) in stored)
        {
            db.PetitionAttachments.Add(PetitionAttachment.For(petition, name, type, size, sha));
        }

        desk.Record(petition, null, note ?? PetitionNames.Of(s.Draft.Channel), receivedOn);
        return (Outcome.Done, petition);
    }

    /// <summary>The checks on input that come before anything is stored.</summary>
    public static Outcome Check(Submission s)
    {
        var draft = Petition.Validate(s.Draft);
        if (!draft.Succeeded)
        {
            return draft;
        }

        if ((s.Name?.Length ?? 0) > PetitionerIdentity.NameMax || (s.Address?.Length ?? 0) > Petition.PlaceMax)
        {
            return PetitionRefusals.TooLong;
        }

        if (!string.IsNullOrWhiteSpace(s.Email) && !Contact.IsValidEmail(s.Email) || !string.IsNullOrWhiteSpace(s.Phone) && !Contact.IsValidPhone(s.Phone))
        {
            return PetitionRefusals.ContactInvalid;
        }

        if (s.FromPublic)
        {
            if (string.IsNullOrWhiteSpace(s.Name) || (string.IsNullOrWhiteSpace(s.Email) && string.IsNullOrWhiteSpace(s.Phone)))
            {
                return PetitionRefusals.ContactRequired;
            }

            if (!s.ConsentHandling)
            {
                return PetitionRefusals.ConsentRequired;
            }
        }

        return s.Files.Count > PetitionAttachment.MaxCount ? PetitionRefusals.TooManyFiles : Outcome.Done;
    }

    /// <summary>
    /// The council a public submission goes to when neither a council nor a known ward decides: the one in operation
    /// today, or the one that ended last (a council whose successor is not yet registered here still receives).
    /// </summary>
    public static async Task<Body?> DefaultCouncilAsync(DongThuanDb db, DateOnly today, CancellationToken ct)
    {
        var councils = await Councils(db).ToListAsync(ct);
        return councils.OrderByDescending(c => c.IsInOperationOn(today)).ThenByDescending(c => c.ValidTo ?? DateOnly.MaxValue).FirstOrDefault();
    }


    /// <summary>
    /// The council a petition goes to by the ward it names: the ward's own council, or else the council of the unit the ward
    /// belongs to, as they stood on the day it was received (for the name of a ward since merged, as they stood when it
    /// ended). Null when the name is no ward known here, or the ward has no council here; then the default applies.
    /// </summary>
    public static async Task<Body?> WardCouncilAsync(DongThuanDb db, string? ward, DateOnly day, CancellationToken ct)
    {
        var name = ward?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        // The ward of that name on the day; where none was (the name of a ward since merged), the one that ended last.
        var wards = await db.Units.AsNoTracking().Where(u => u.Level == UnitLevel.Commune && (u.PlaceName == name || u.Name == name)).ToListAsync(ct);
        var unit = wards.FirstOrDefault(u => u.IsValidOn(day)) ?? wards.OrderByDescending(u => u.ValidTo ?? DateOnly.MaxValue).FirstOrDefault();
        if (unit is null)
        {
            return null;
        }

        // Its own council before that of the unit it belongs to; one sitting on the day before one that has ended.
        var councils = await Councils(db).Where(b => b.UnitId == unit.Id || b.UnitId == unit.ParentId).ToListAsync(ct);
        return councils.OrderByDescending(c => c.IsInOperationOn(day))
            .ThenByDescending(c => c.UnitId == unit.Id).ThenByDescending(c => c.ValidTo ?? DateOnly.MaxValue).FirstOrDefault();
    }

    public static IQueryable<Body> Councils(DongThuanDb db) => db.Bodies.AsNoTracking().Where(b => b.Kind == BodyKind.Council && b.ArchivedAt == null);
}
